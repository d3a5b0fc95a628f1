package org.kenes.decisions;

import java.util.UUID;
import org.kenes.shared.Auditable;

/** A step in a proposal's consultation, for the audit trail. */
public record ProposalChanged(String networkSlug, UUID proposalId, String action, String details, String actor)
        implements Auditable {

    @Override
    public String recordType() {
        return "proposal";
    }

    @Override
    public String recordId() {
        return proposalId.toString();
    }
}
