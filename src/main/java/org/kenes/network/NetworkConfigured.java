package org.kenes.network;

import java.util.List;
import org.kenes.shared.Actors;
import org.kenes.shared.Auditable;

/** A network was created from, or changed by, its ToR configuration file. */
public record NetworkConfigured(String networkSlug, String checksum, boolean created, List<String> changes)
        implements Auditable {

    @Override
    public String actor() {
        return Actors.SYSTEM;
    }

    @Override
    public String recordType() {
        return "network";
    }

    @Override
    public String recordId() {
        return networkSlug;
    }

    @Override
    public String action() {
        return created ? "created" : "updated";
    }

    @Override
    public String details() {
        return (created ? "configured from its ToR file" : "changed in its ToR file: " + String.join(", ", changes))
                + " (checksum " + checksum.substring(0, 12) + ")";
    }
}
