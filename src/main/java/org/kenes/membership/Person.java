package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** Someone who acts for an organisation: a focal point, a co-chair, a ministry official. */
@Entity
@Table(name = "membership_person")
class Person {

    @Id
    private UUID id;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column
    private String position;

    @Column(nullable = false)
    private String email;

    @Column
    private String phone;

    /** Working languages as ISO codes separated by commas, for example "ru,en". */
    @Column
    private String languages;

    @Column(name = "account_id")
    private UUID accountId;

    @Version
    private long version;

    protected Person() {
    }

    Person(UUID organisationId, Contact contact) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        update(contact);
    }

    void update(Contact contact) {
        this.fullName = contact.fullName().strip();
        this.position = blankToNull(contact.position());
        this.email = contact.email().strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = blankToNull(contact.phone());
        this.languages = blankToNull(contact.languages());
    }

    void linkAccount(UUID accountId) {
        this.accountId = accountId;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    UUID organisationId() {
        return organisationId;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    UUID accountId() {
        return accountId;
    }
}
