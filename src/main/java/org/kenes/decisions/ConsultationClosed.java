package org.kenes.decisions;

import java.util.UUID;

/**
 * A round ended: adopted (with its number in the register), not adopted, or waiting for the government
 * counterpart's consultation.
 */
public record ConsultationClosed(String networkSlug, UUID proposalId, int round, ProposalStatus outcome, String reason,
                                 String decisionNumber) {
}
