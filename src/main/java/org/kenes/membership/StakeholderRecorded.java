package org.kenes.membership;

import java.util.UUID;
import org.kenes.shared.Auditable;

public record StakeholderRecorded(String networkSlug, UUID id, String recordType, String action, String details,
                                  String actor) implements Auditable {

    @Override
    public String recordId() {
        return id.toString();
    }
}
