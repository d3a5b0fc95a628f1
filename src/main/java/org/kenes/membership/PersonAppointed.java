package org.kenes.membership;

import java.util.UUID;
import org.kenes.shared.Auditable;
import org.kenes.shared.NetworkRole;

public record PersonAppointed(String networkSlug, UUID accountId, String organisationCode, NetworkRole role,
                              String actor) implements Auditable {

    @Override
    public String recordType() {
        return "appointment";
    }

    @Override
    public String recordId() {
        return accountId.toString();
    }

    @Override
    public String action() {
        return "created";
    }

    @Override
    public String details() {
        return role + " for " + organisationCode;
    }
}
