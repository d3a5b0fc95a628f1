package org.kenes.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** How one member organisation is represented at one meeting: announced beforehand, recorded afterwards. */
@Entity
@Table(name = "meeting_representation")
class Representation {

    enum Intention { ATTENDING, APOLOGIES }

    @Id
    private UUID id;

    @Column(name = "meeting_id", nullable = false)
    private UUID meetingId;

    /** The member organisation's acronym, as the member list knows it. */
    @Column(nullable = false)
    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column
    private Intention intention;

    @Column
    private String representative;

    @Column
    private Boolean attended;

    @Version
    private long version;

    protected Representation() {
    }

    Representation(UUID meetingId, String organisation) {
        this.id = UUID.randomUUID();
        this.meetingId = meetingId;
        this.organisation = organisation;
    }

    void announce(Intention intention, String representative) {
        this.intention = intention;
        this.representative = representative == null || representative.isBlank() ? null : representative.strip();
    }

    /** Whether the organisation attended, and by whom, if the secretariat names the person. */
    void attended(boolean attended, String person) {
        this.attended = attended;
        if (person != null && !person.isBlank()) {
            this.representative = person.strip();
        }
    }

    UUID meetingId() {
        return meetingId;
    }

    String organisation() {
        return organisation;
    }

    Intention intention() {
        return intention;
    }

    String representative() {
        return representative;
    }

    Boolean attended() {
        return attended;
    }
}
