package org.kenes.identity;

import java.util.UUID;
import org.kenes.shared.Auditable;

public record AccountCreated(UUID accountId, String username, boolean platformAdmin, String actor) implements Auditable {

    @Override
    public String networkSlug() {
        return null;
    }

    @Override
    public String recordType() {
        return "account";
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
        return "username=" + username + (platformAdmin ? ", platform administrator" : "");
    }
}
