package org.kenes.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "meeting_agenda_item")
class AgendaItem {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AgendaPurpose purpose;

    @Column
    private String presenter;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    protected AgendaItem() {
    }

    AgendaItem(int position, String title, AgendaPurpose purpose, String presenter, int durationMinutes) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.title = title.strip();
        this.purpose = purpose;
        this.presenter = presenter == null || presenter.isBlank() ? null : presenter.strip();
        this.durationMinutes = durationMinutes;
    }

    MeetingView.Item view() {
        return new MeetingView.Item(id, position, title, purpose.name(), presenter, durationMinutes);
    }

    UUID id() {
        return id;
    }

    int durationMinutes() {
        return durationMinutes;
    }
}
