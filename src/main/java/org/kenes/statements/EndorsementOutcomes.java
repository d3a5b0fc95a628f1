package org.kenes.statements;

import org.kenes.decisions.ConsultationClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The end of a consultation, as it concerns statements: if it was the endorsement of a statement's version, the
 * statement is endorsed, or a draft again with the reason. Other consultations are none of its business. Handling
 * the same outcome twice changes nothing.
 */
@Component
class EndorsementOutcomes {

    private final Statements statements;

    EndorsementOutcomes(Statements statements) {
        this.statements = statements;
    }

    @ApplicationModuleListener
    void on(ConsultationClosed event) {
        statements.consultationEnded(event.networkSlug(), event.proposalId());
    }
}
