package org.kenes.statements;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import org.kenes.decisions.Procedure;

/**
 * How the members are asked to endorse the current version: in a meeting, in writing or by silence procedure, with a
 * deadline (a date and time in the network's time zone) unless in a meeting; marked relevant to the state when the
 * government counterpart must be consulted too.
 */
public record EndorsementRequest(@NotNull Procedure procedure, LocalDate deadlineDate, LocalTime deadlineTime,
                                 Boolean stateRelevant) {

    /** Not relevant to the state unless said so. */
    public EndorsementRequest {
        stateRelevant = Boolean.TRUE.equals(stateRelevant);
    }
}
