package org.kenes.identity;

import java.util.UUID;
import org.kenes.shared.Actors;
import org.kenes.shared.Auditable;

public record AccessTokenChanged(UUID tokenId, UUID accountId, String action, String name) implements Auditable {

    @Override
    public String networkSlug() {
        return null;
    }

    @Override
    public String actor() {
        return Actors.current();
    }

    @Override
    public String recordType() {
        return "access-token";
    }

    @Override
    public String recordId() {
        return tokenId.toString();
    }

    @Override
    public String details() {
        return "name=" + name;
    }
}
