package org.kenes.meetings;

import java.util.UUID;
import org.kenes.shared.Auditable;

public record MeetingChanged(String networkSlug, UUID meetingId, String action, String details, String actor)
        implements Auditable {

    @Override
    public String recordType() {
        return "meeting";
    }

    @Override
    public String recordId() {
        return meetingId.toString();
    }
}
