package org.kenes.membership;

import java.util.UUID;
import org.kenes.shared.Auditable;

public record WorkingGroupEstablished(String networkSlug, UUID groupId, String name, String actor) implements Auditable {

    @Override
    public String recordType() {
        return "working-group";
    }

    @Override
    public String recordId() {
        return groupId.toString();
    }

    @Override
    public String action() {
        return "created";
    }

    @Override
    public String details() {
        return name;
    }
}
