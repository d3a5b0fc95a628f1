package org.kenes.decisions;

public enum ProposalStatus {
    OPEN, WAITING_FOR_COUNTERPART, ADOPTED, NOT_ADOPTED, WITHDRAWN;

    public boolean closed() {
        return this == ADOPTED || this == NOT_ADOPTED || this == WITHDRAWN;
    }
}
