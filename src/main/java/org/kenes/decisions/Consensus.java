package org.kenes.decisions;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ToR's decision rule, in one place: decisions "by consensus based on consultations with all Network Members,
 * and, on all issues relevant to or of concern to the state, with" the government counterpart. The members are the
 * member organisations of the body as they are when the rule is read: one that joined during the consultation is
 * counted, one that left is not. Pure: it reads positions, it changes nothing.
 */
final class Consensus {

    enum Outcome { PENDING, ADOPTED, NOT_ADOPTED, WAITING_FOR_COUNTERPART }

    /**
     * @param reason   a message key saying why ("consensus.reason.objection", ...)
     * @param objecting the members whose current position is an objection
     * @param silent   the members that have given no position
     */
    record Reading(Outcome outcome, String reason, List<String> objecting, List<String> silent) {

        boolean silenceBroken() {
            return !objecting.isEmpty();
        }
    }

    private Consensus() {
    }

    /**
     * @param closing whether the round ends now: its deadline has come, or the meeting recording positions ended
     */
    static Reading read(Procedure procedure, Set<String> members, Map<String, PositionKind> positions, boolean closing,
                        boolean stateRelevant, boolean counterpartConsulted) {
        Set<String> objecting = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        for (String member : members) {
            PositionKind position = positions.get(member);
            if (position == null) {
                silent.add(member);
            } else if (position == PositionKind.OBJECTION) {
                objecting.add(member);
            }
        }
        List<String> objections = List.copyOf(objecting);
        List<String> missing = List.copyOf(silent);
        if (!closing) {
            return new Reading(Outcome.PENDING, "consensus.reason.open", objections, missing);
        }
        if (!objections.isEmpty()) {
            // one objection means no consensus; under silence procedure it has broken silence
            return new Reading(Outcome.NOT_ADOPTED, procedure == Procedure.SILENCE_PROCEDURE
                    ? "consensus.reason.silenceBroken" : "consensus.reason.objection", objections, missing);
        }
        // a written consultation needs every member's answer; under silence procedure no position counts as no
        // objection; in a meeting, the members present decide and an absent one does not block
        if (procedure == Procedure.WRITTEN_CONSULTATION && !missing.isEmpty()) {
            return new Reading(Outcome.NOT_ADOPTED, "consensus.reason.notAllConsulted", objections, missing);
        }
        if (members.isEmpty()) {
            return new Reading(Outcome.NOT_ADOPTED, "consensus.reason.noMembers", objections, missing);
        }
        if (stateRelevant && !counterpartConsulted) {
            return new Reading(Outcome.WAITING_FOR_COUNTERPART, "consensus.reason.counterpartNotConsulted", objections, missing);
        }
        return new Reading(Outcome.ADOPTED, "consensus.reason.consensus", objections, missing);
    }
}
