package org.kenes.meetings;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/**
 * The minutes of a held meeting, a text per agenda item: drafted by the secretariat, cleared by a co-chair, then
 * disseminated. The version guards against one person's save silently overwriting another's.
 */
@Entity
@Table(name = "meeting_minutes")
class Minutes {

    enum Status { DRAFT, CLEARED, DISSEMINATED }

    /** The version a person's form carries when no minutes had been saved when they opened it. */
    static final long NONE_YET = -1;

    @Id
    @Column(name = "meeting_id")
    private UUID meetingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "cleared_by")
    private String clearedBy;

    @ElementCollection
    @CollectionTable(name = "meeting_minutes_text", joinColumns = @JoinColumn(name = "meeting_id"))
    @MapKeyColumn(name = "agenda_item_id")
    @Column(name = "text", nullable = false, length = 20000)
    private Map<UUID, String> texts = new HashMap<>();

    @Version
    private long version;

    protected Minutes() {
    }

    Minutes(UUID meetingId) {
        this.meetingId = meetingId;
    }

    /** Saves the drafted texts, if nobody else saved since {@code basedOn}; otherwise the caller shows both. */
    void write(Map<UUID, String> newTexts, long basedOn) {
        if (status != Status.DRAFT) {
            throw new RuleViolation("minutes.notDraft", null);
        }
        if (basedOn != version) {
            throw new MinutesConflict();
        }
        newTexts.forEach((item, text) -> {
            if (text == null || text.isBlank()) {
                texts.remove(item);
            } else {
                texts.put(item, text.strip());
            }
        });
    }

    void clear(String coChair) {
        if (status != Status.DRAFT) {
            throw new RuleViolation("minutes.notDraft", null);
        }
        if (texts.isEmpty()) {
            throw new RuleViolation("minutes.empty", null);
        }
        status = Status.CLEARED;
        clearedBy = coChair;
    }

    void disseminate() {
        if (status != Status.CLEARED) {
            throw new RuleViolation("minutes.notCleared", null);
        }
        status = Status.DISSEMINATED;
    }

    Status status() {
        return status;
    }

    View view() {
        return new View(meetingId, status.name(), clearedBy, Map.copyOf(texts), version);
    }

    public record View(UUID meetingId, String status, String clearedBy, Map<UUID, String> texts, long version) {
    }

    /** Someone else saved the minutes since this person opened them. */
    static class MinutesConflict extends RuntimeException {
        MinutesConflict() {
            super("The minutes were changed by someone else");
        }
    }
}
