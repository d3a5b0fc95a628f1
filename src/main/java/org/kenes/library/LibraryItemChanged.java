package org.kenes.library;

import java.util.UUID;
import org.kenes.shared.Auditable;

/** A step in a library item's life, for the audit trail. */
public record LibraryItemChanged(String networkSlug, UUID itemId, String action, String details, String actor) implements Auditable {

    @Override
    public String recordType() {
        return "library-item";
    }

    @Override
    public String recordId() {
        return itemId.toString();
    }
}
