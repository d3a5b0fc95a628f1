package org.kenes.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "meeting_action_update")
class ActionUpdate {

    @Id
    private UUID id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionPointStatus status;

    @Column
    private String note;

    protected ActionUpdate() {
    }

    ActionUpdate(Instant recordedAt, String recordedBy, ActionPointStatus status, String note) {
        this.id = UUID.randomUUID();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.status = status;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    View view() {
        return new View(recordedAt, recordedBy, status.name(), note);
    }

    public record View(Instant recordedAt, String recordedBy, String status, String note) {
    }
}
