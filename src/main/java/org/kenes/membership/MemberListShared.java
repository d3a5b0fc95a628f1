package org.kenes.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.kenes.shared.Auditable;

public record MemberListShared(String networkSlug, UUID snapshotId, LocalDate asOf, int recipients,
                               String scheduledPeriod, String actor) implements Auditable {

    @Override
    public String recordType() {
        return "member-list";
    }

    @Override
    public String recordId() {
        return snapshotId.toString();
    }

    @Override
    public String action() {
        return "shared";
    }

    @Override
    public String details() {
        return "as of " + asOf + ", sent to " + recipients + (scheduledPeriod == null ? "" : ", for " + scheduledPeriod);
    }
}
