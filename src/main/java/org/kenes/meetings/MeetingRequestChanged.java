package org.kenes.meetings;

import java.util.UUID;

/** A member asked for a meeting, or a co-chair answered: the co-chairs, the secretariat and the requester are told. */
public record MeetingRequestChanged(String networkSlug, UUID requestId, Step step) {

    public enum Step { REQUESTED, ACCEPTED, DECLINED }
}
