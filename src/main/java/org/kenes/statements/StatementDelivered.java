package org.kenes.statements;

import java.util.UUID;

/** The co-chairs delivered a statement in the name of the network: the members of the body are told. */
public record StatementDelivered(String networkSlug, UUID statementId, int version) {
}
