package org.kenes.decisions;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A proposal as its readers see it: the text of the current round, each member with its current position, every
 * position given in the round, the counterpart's consultation, the earlier rounds.
 *
 * @param deadline  in the network's time zone; null for a proposal decided in a meeting
 * @param objecting members whose current position is an objection
 * @param silent    members that have given no position yet
 */
public record ProposalView(UUID id, String networkSlug, UUID workingGroupId, UUID meetingId, String title, String text,
                           String rationale, boolean stateRelevant, Procedure procedure, ZonedDateTime deadline, int round,
                           ProposalStatus status, String outcomeReason, String openedBy, Instant openedAt,
                           String decisionNumber, List<MemberLine> members, List<Position> history,
                           List<CounterpartConsultation> consultations, List<String> counterpartsRequired,
                           List<EarlierRound> earlierRounds, List<String> objecting, List<String> silent) {

    public boolean open() {
        return status == ProposalStatus.OPEN;
    }

    /** A member organisation of the body, with its current position (null while it has given none). */
    public record MemberLine(String organisation, Position current) {
    }
}
