package org.kenes.statements;

import java.util.UUID;

/** The members endorsed a version of a statement: both co-chairs are now asked to sign it off. */
public record StatementEndorsed(String networkSlug, UUID statementId, int version) {
}
