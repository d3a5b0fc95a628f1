package org.kenes.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consensus.Outcome;
import org.kenes.shared.RuleViolation;

/** The ToR's decision rule, one test per rule, without Spring. */
class ConsensusRulesTests {

    private static final Set<String> MEMBERS = Set.of("IOM", "UNDP", "UNICEF", "RCO");
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Map<String, PositionKind> everyone(PositionKind kind) {
        Map<String, PositionKind> positions = new HashMap<>();
        MEMBERS.forEach(m -> positions.put(m, kind));
        return positions;
    }

    @Test
    void consensusIsReachedWhenNoMemberObjectsAndInWritingEveryMemberAnswered() {
        // given a written consultation where every member supports or has no objection
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);
        positions.put("RCO", PositionKind.NO_OBJECTION);

        // when the deadline comes, then it is adopted
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false).outcome())
                .isEqualTo(Outcome.ADOPTED);

        // but when one member has not answered, then there is no consensus: all members are consulted
        positions.remove("UNICEF");
        Consensus.Reading reading = Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false);
        assertThat(reading.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(reading.silent()).containsExactly("UNICEF");
    }

    @Test
    void standingAsideNeverBlocks() {
        // given every member supports but one stands aside, citing its mandate
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);
        positions.put("UNICEF", PositionKind.STAND_ASIDE);

        // then the proposal is adopted, in writing as in a meeting
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(Consensus.read(Procedure.IN_MEETING, MEMBERS, positions, true, false, false).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void oneObjectionMeansNoConsensus() {
        // given every member supports but one objects
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);
        positions.put("UNDP", PositionKind.OBJECTION);

        // then it is not adopted, and the reading names the objecting member
        Consensus.Reading reading = Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false);
        assertThat(reading.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(reading.reason()).isEqualTo("consensus.reason.objection");
        assertThat(reading.objecting()).containsExactly("UNDP");
    }

    @Test
    void anObjectionChangedToNoObjectionBeforeTheDeadlineNoLongerBlocks() {
        // given UNDP objected during the consultation
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);
        positions.put("UNDP", PositionKind.OBJECTION);
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, false, false, false).objecting()).containsExactly("UNDP");

        // when it changes to no objection before the deadline, then at the deadline only the current position counts
        positions.put("UNDP", PositionKind.NO_OBJECTION);
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void underSilenceProcedureNoPositionCountsAsNoObjection() {
        // given a silence procedure where nobody said anything
        // when the deadline comes, then it is adopted
        assertThat(Consensus.read(Procedure.SILENCE_PROCEDURE, MEMBERS, Map.of(), true, false, false).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void silenceBrokenOneMinuteBeforeTheDeadlineMeansNotAdopted() {
        // given a silence procedure ending at midnight in Almaty
        Instant opened = LocalDateTime.of(2026, 11, 20, 9, 0).atZone(ALMATY).toInstant();
        Instant deadline = LocalDateTime.of(2026, 12, 1, 0, 0).atZone(ALMATY).toInstant();
        Proposal proposal = new Proposal("kazakhstan", null, null, "Joint note", "Text", null, false, Procedure.SILENCE_PROCEDURE,
                deadline, "kazakhstan-cochair", opened);

        // when UNICEF objects one minute before the deadline, it still may
        proposal.requireOpenFor(deadline.minusSeconds(60));
        Map<String, PositionKind> positions = Map.of("UNICEF", PositionKind.OBJECTION);
        Consensus.Reading before = Consensus.read(Procedure.SILENCE_PROCEDURE, MEMBERS, positions, false, false, false);
        assertThat(before.silenceBroken()).isTrue();

        // then at the deadline the proposal is not adopted: silence was broken
        Consensus.Reading atDeadline = Consensus.read(Procedure.SILENCE_PROCEDURE, MEMBERS, positions, true, false, false);
        assertThat(atDeadline.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(atDeadline.reason()).isEqualTo("consensus.reason.silenceBroken");
        proposal.close(atDeadline, deadline);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.NOT_ADOPTED);
    }

    @Test
    void theDeadlineIsTheInstantOfMidnightInTheNetworksTimeZone() {
        // given a consultation whose deadline is midnight, 1 December, in Almaty (19:00 UTC the day before)
        Instant deadline = LocalDateTime.of(2026, 12, 1, 0, 0).atZone(ALMATY).toInstant();
        assertThat(deadline).isEqualTo(Instant.parse("2026-11-30T19:00:00Z"));
        Proposal proposal = new Proposal("kazakhstan", null, null, "Joint note", "Text", null, false, Procedure.WRITTEN_CONSULTATION,
                deadline, "kazakhstan-cochair", Instant.parse("2026-11-20T05:00:00Z"));

        // then one second before it positions are still taken and it is not due; at midnight it is due and closed to positions
        proposal.requireOpenFor(deadline.minusSeconds(1));
        assertThat(proposal.due(deadline.minusSeconds(1))).isFalse();
        assertThat(proposal.due(deadline)).isTrue();
        assertThatThrownBy(() -> proposal.requireOpenFor(deadline)).isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("messageKey", "proposal.deadline.passed");
    }

    @Test
    void aStateRelevantProposalWaitsForTheGovernmentCounterpartsConsultation() {
        // given a state-relevant proposal every member supports
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);

        // when the deadline comes without the counterpart's consultation recorded, then it waits, and says why
        Consensus.Reading waiting = Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, true, false);
        assertThat(waiting.outcome()).isEqualTo(Outcome.WAITING_FOR_COUNTERPART);
        assertThat(waiting.reason()).isEqualTo("consensus.reason.counterpartNotConsulted");

        // and once it is recorded, the same positions adopt it
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, true, true).outcome()).isEqualTo(Outcome.ADOPTED);

        // and the consultation itself needs a response, and a state-relevant proposal
        Proposal proposal = new Proposal("kazakhstan", null, null, "Quota advice", "Text", null, true, Procedure.WRITTEN_CONSULTATION,
                Instant.parse("2026-12-01T00:00:00Z"), "kazakhstan-cochair", Instant.parse("2026-11-20T05:00:00Z"));
        assertThatThrownBy(() -> proposal.recordConsultation("MOL", " ", java.time.LocalDate.of(2026, 11, 25), "s", Instant.now()))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.counterpart.responseNeeded");
        proposal.recordConsultation("MOL", "No objection from the Ministry", java.time.LocalDate.of(2026, 11, 25), "s", Instant.now());
        assertThat(proposal.counterpartsConsulted(Set.of("MOL"))).isTrue();
    }

    @Test
    void aMemberThatJoinsDuringAConsultationIsAskedTooAndOneThatLeftIsNotCounted() {
        // given all four members supported
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);

        // when UNHCR joins before the deadline, then the written consultation needs its position too
        Set<String> withNewcomer = new java.util.HashSet<>(MEMBERS);
        withNewcomer.add("UNHCR");
        Consensus.Reading reading = Consensus.read(Procedure.WRITTEN_CONSULTATION, withNewcomer, positions, true, false, false);
        assertThat(reading.outcome()).isEqualTo(Outcome.NOT_ADOPTED);
        assertThat(reading.silent()).containsExactly("UNHCR");

        // when a member that objected leaves the network, then its objection is no longer counted
        positions.put("UNESCO", PositionKind.OBJECTION);
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false).outcome()).isEqualTo(Outcome.ADOPTED);
    }

    @Test
    void aRevisionRestartsTheRoundAndKeepsTheEarlierOne() {
        // given a written consultation that was not adopted
        Instant now = Instant.parse("2026-11-20T05:00:00Z");
        Proposal proposal = new Proposal("kazakhstan", null, null, "Joint note", "First text", null, false, Procedure.WRITTEN_CONSULTATION,
                now.plusSeconds(86_400), "kazakhstan-cochair", now);
        proposal.close(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, Map.of("UNDP", PositionKind.OBJECTION), true, false, false),
                now.plusSeconds(86_400));

        // when it is revised with a new deadline, then a second round is open and the first is kept with its text
        proposal.revise("Second text, with UNDP's wording", now.plusSeconds(5 * 86_400), now.plusSeconds(90_000));
        assertThat(proposal.round()).isEqualTo(2);
        assertThat(proposal.status()).isEqualTo(ProposalStatus.OPEN);
        assertThat(proposal.earlierRounds()).singleElement().satisfies(r -> {
            assertThat(r.round()).isEqualTo(1);
            assertThat(r.text()).isEqualTo("First text");
        });

        // and a withdrawn proposal can no longer be revised
        proposal.withdraw(now.plusSeconds(100_000));
        assertThatThrownBy(() -> proposal.revise("Third", now.plusSeconds(9 * 86_400), now.plusSeconds(100_001)))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.revise.closed");
    }

    @Test
    void aDeadlineInThePastIsRefused() {
        Instant now = Instant.parse("2026-11-20T05:00:00Z");
        assertThatThrownBy(() -> new Proposal("kazakhstan", null, null, "T", "X", null, false, Procedure.SILENCE_PROCEDURE,
                now.minusSeconds(1), "c", now)).hasFieldOrPropertyWithValue("messageKey", "proposal.deadline.past");
        assertThatThrownBy(() -> new Proposal("kazakhstan", null, null, "T", "X", null, false, Procedure.SILENCE_PROCEDURE,
                null, "c", now)).hasFieldOrPropertyWithValue("messageKey", "proposal.deadline.needed");
    }

    @Test
    void inAMeetingTheMembersPresentDecideAndAnAbsentMemberDoesNotBlock() {
        // given a meeting where three of the four members gave positions and none objected
        Map<String, PositionKind> positions = everyone(PositionKind.SUPPORT);
        positions.remove("UNICEF");

        // when the secretariat closes the round, then it is adopted; a written consultation would not be
        assertThat(Consensus.read(Procedure.IN_MEETING, MEMBERS, positions, true, false, false).outcome()).isEqualTo(Outcome.ADOPTED);
        assertThat(Consensus.read(Procedure.WRITTEN_CONSULTATION, MEMBERS, positions, true, false, false).outcome())
                .isEqualTo(Outcome.NOT_ADOPTED);
    }

    @Test
    void onceTheDeadlineHasComeTheRoundIsNeitherWithdrawnNorRevisedButClosed() {
        // given a silence procedure whose deadline has just passed, not yet closed by the job
        Instant opened = Instant.parse("2026-11-20T05:00:00Z");
        Instant deadline = Instant.parse("2026-11-25T13:00:00Z");
        Proposal proposal = new Proposal("kazakhstan", null, null, "Joint note", "Text", null, true, Procedure.SILENCE_PROCEDURE,
                deadline, "kazakhstan-cochair", opened);
        proposal.recordConsultation("MOL", "Agrees", java.time.LocalDate.of(2026, 11, 22), "s", opened.plusSeconds(60));

        // then withdrawing or revising it is refused: it is adopted or not at its deadline
        assertThatThrownBy(() -> proposal.withdraw(deadline.plusSeconds(5))).hasFieldOrPropertyWithValue("messageKey", "proposal.deadline.passed");
        assertThatThrownBy(() -> proposal.revise("New", deadline.plusSeconds(86_400), deadline.plusSeconds(5)))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.deadline.passed");

        // and a revision before the deadline drops the counterpart's consultation, which was about the earlier text
        Proposal other = new Proposal("kazakhstan", null, null, "Joint note", "Text", null, true, Procedure.SILENCE_PROCEDURE,
                deadline, "kazakhstan-cochair", opened);
        other.recordConsultation("MOL", "Agrees", java.time.LocalDate.of(2026, 11, 22), "s", opened.plusSeconds(60));
        other.revise("New text", deadline.plusSeconds(86_400), opened.plusSeconds(120));
        assertThat(other.counterpartsConsulted(Set.of("MOL"))).isFalse();
    }
}
