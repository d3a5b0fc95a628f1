package org.kenes.statements;

import java.util.UUID;
import org.kenes.shared.Auditable;

/** A step in a statement's life, for the audit trail. */
public record StatementChanged(String networkSlug, UUID statementId, String action, String details, String actor)
        implements Auditable {

    @Override
    public String recordType() {
        return "statement";
    }

    @Override
    public String recordId() {
        return statementId.toString();
    }
}
