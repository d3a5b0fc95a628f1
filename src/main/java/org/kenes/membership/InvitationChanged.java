package org.kenes.membership;

import java.util.UUID;
import org.kenes.shared.Auditable;

public record InvitationChanged(String networkSlug, UUID invitationId, UUID personId, String action, String actor)
        implements Auditable {

    @Override
    public String recordType() {
        return "invitation";
    }

    @Override
    public String recordId() {
        return invitationId.toString();
    }

    @Override
    public String details() {
        return "for person " + personId;
    }
}
