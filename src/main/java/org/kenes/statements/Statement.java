package org.kenes.statements;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.kenes.decisions.ProposalStatus;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A One Voice joint statement and the rules of its life, each refusing with a reason:
 * <ul>
 *   <li>every version has a title and a text in every language of the network, and is never changed once written;</li>
 *   <li>a draft is put to the members for endorsement; while they are consulted its text cannot change;</li>
 *   <li>a consultation that does not adopt it (an objection, a withdrawal, a text revised in the consultation)
 *       returns it to draft, saying why;</li>
 *   <li>a new version after the endorsement needs a new endorsement, and new sign-offs;</li>
 *   <li>only an endorsed statement can be public: the endorsement by consensus is the recorded agreement;</li>
 *   <li>only an endorsed statement is signed off, once by each co-chair position of the ToR;</li>
 *   <li>it is delivered only after both co-chairs signed it off, on a day that has come, at a named occasion;</li>
 *   <li>a delivered statement is what the network said: it is never changed again.</li>
 * </ul>
 */
@Entity
@Table(name = "statement")
class Statement {

    /** The consultation's text holds every language; the decisions module keeps up to this many characters. */
    static final int MAX_ENDORSEMENT_TEXT = 20000;

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "working_group_id")
    private UUID workingGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatementStatus status = StatementStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(name = "information_level", nullable = false)
    private InformationLevel informationLevel = InformationLevel.INTERNAL;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "outcome_proposal_id")
    private UUID outcomeProposalId;

    @Column(name = "endorsed_at")
    private Instant endorsedAt;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column
    private String occasion;

    @Column(name = "delivered_by")
    private String deliveredBy;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "statement_id", nullable = false, updatable = false)
    @OrderBy("number")
    private List<StatementVersion> versions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "statement_sign_off", joinColumns = @JoinColumn(name = "statement_id"))
    private List<SignOff> signOffs = new ArrayList<>();

    @Version
    private long version;

    protected Statement() {
    }

    /** A new statement, as its first version. */
    Statement(String networkSlug, UUID workingGroupId, List<String> languages, List<LanguageText> texts, String note,
              String author, Instant now) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.workingGroupId = workingGroupId;
        this.createdBy = author;
        this.createdAt = now;
        this.updatedAt = now;
        this.currentVersion = 1;
        versions.add(new StatementVersion(1, checked(languages, texts), note, author, now));
    }

    /**
     * A new version. Before the endorsement it is simply the next draft; after it, the endorsement (and any sign-off)
     * no longer holds, and the statement is a draft again, internal until endorsed anew.
     */
    StatementVersion revise(List<String> languages, List<LanguageText> texts, String note, String author, Instant now) {
        requireNotDelivered();
        if (status == StatementStatus.IN_ENDORSEMENT) {
            throw new RuleViolation("statement.version.inEndorsement", null);
        }
        List<LanguageText> checked = checked(languages, texts);
        if (Set.copyOf(checked).equals(Set.copyOf(current().texts()))) {
            throw new RuleViolation("statement.version.nothingChanged", "texts");
        }
        if (status.endorsed()) {
            status = StatementStatus.DRAFT;
            outcomeReason = "statement.reason.newVersion";
            outcomeProposalId = current().proposalId();
            endorsedAt = null;
            decisionNumber = null;
            signOffs.clear();
            if (informationLevel == InformationLevel.PUBLIC) {
                informationLevel = InformationLevel.INTERNAL;
            }
        }
        StatementVersion next = new StatementVersion(currentVersion + 1, checked, note, author, now);
        versions.add(next);
        currentVersion = next.number();
        updatedAt = now;
        return next;
    }

    /** Refuses, before a consultation is opened, to put anything but a draft to the members. */
    void requireDraft() {
        requireNotDelivered();
        if (status != StatementStatus.DRAFT) {
            throw new RuleViolation("statement.endorsement.notDraft", null);
        }
    }

    /** The current version has been put to the members in this consultation, with this text. */
    void putToMembers(UUID proposalId, String endorsementHash, Instant now) {
        requireDraft();
        current().putToMembers(proposalId, endorsementHash);
        status = StatementStatus.IN_ENDORSEMENT;
        outcomeReason = null;
        outcomeProposalId = null;
        updatedAt = now;
    }

    /** What an ended consultation did to the statement. */
    enum Change { NONE, ENDORSED, BACK_TO_DRAFT }

    /**
     * The consultation on a version ended. Only the consultation of the current version, while it is under
     * consultation, counts: an outcome that arrives twice, or for a version since replaced, changes nothing.
     *
     * @param textAsPutToMembers whether the text adopted is the one the statement put to the members (a co-chair
     *                           may revise a proposal's text in the consultation itself)
     */
    Change endorsementEnded(UUID proposalId, ProposalStatus outcome, String reason, String number, boolean textAsPutToMembers,
                            Instant now) {
        if (status != StatementStatus.IN_ENDORSEMENT || !Objects.equals(proposalId, current().proposalId())) {
            return Change.NONE;
        }
        return switch (outcome) {
            case OPEN, WAITING_FOR_COUNTERPART -> Change.NONE;
            case ADOPTED -> {
                if (!textAsPutToMembers) {
                    yield backToDraft("statement.reason.textRevised", proposalId, now);
                }
                status = StatementStatus.ENDORSED;
                endorsedAt = now;
                decisionNumber = number;
                outcomeReason = null;
                outcomeProposalId = proposalId;
                updatedAt = now;
                yield Change.ENDORSED;
            }
            case WITHDRAWN -> backToDraft("statement.reason.withdrawn", proposalId, now);
            case NOT_ADOPTED -> backToDraft(reason == null ? "statement.reason.notAdopted" : reason, proposalId, now);
        };
    }

    private Change backToDraft(String reason, UUID proposalId, Instant now) {
        status = StatementStatus.DRAFT;
        outcomeReason = reason;
        outcomeProposalId = proposalId;
        updatedAt = now;
        return Change.BACK_TO_DRAFT;
    }

    /** Internal to the body by default; public only once the members endorsed it. */
    void changeLevel(InformationLevel level, Instant now) {
        if (level == null) {
            throw new RuleViolation("statement.level.needed", "level");
        }
        if (level == InformationLevel.WORKING_GROUP) {
            throw new RuleViolation("statement.level.notOffered", "level");
        }
        if (level == InformationLevel.PUBLIC && !status.endorsed()) {
            throw new RuleViolation("statement.level.publicNeedsEndorsement", "level");
        }
        informationLevel = level;
        updatedAt = now;
    }

    /**
     * A co-chair position signs the endorsed version off.
     *
     * @param positions the co-chair positions of the network's ToR, each of which must sign
     * @return whether every position has now signed
     */
    boolean signOff(SignOff signOff, List<String> positions) {
        requireNotDelivered();
        if (status == StatementStatus.SIGNED_OFF) {
            throw new RuleViolation("statement.signOff.complete", null);
        }
        if (status != StatementStatus.ENDORSED) {
            throw new RuleViolation("statement.signOff.notEndorsed", null);
        }
        if (!positions.contains(signOff.positionCode())) {
            throw new RuleViolation("statement.signOff.unknownPosition", "position", signOff.positionCode());
        }
        if (signedPositions().contains(signOff.positionCode())) {
            throw new RuleViolation("statement.signOff.already", "position", signOff.fullName());
        }
        if (signOff.versionNumber() != currentVersion) {
            throw new RuleViolation("statement.signOff.otherVersion", null);
        }
        signOffs.add(signOff);
        updatedAt = signOff.signedAt();
        if (signedPositions().containsAll(positions)) {
            status = StatementStatus.SIGNED_OFF;
            return true;
        }
        return false;
    }

    /** The co-chairs delivered the statement in the name of the network. */
    void deliver(LocalDate on, String where, String by, LocalDate today, ZoneId zone, Instant now) {
        requireNotDelivered();
        if (status != StatementStatus.SIGNED_OFF) {
            throw new RuleViolation("statement.delivery.notSignedOff", null);
        }
        if (on == null) {
            throw new RuleViolation("statement.delivery.dateNeeded", "deliveredOn");
        }
        if (on.isAfter(today)) {
            throw new RuleViolation("statement.delivery.future", "deliveredOn");
        }
        LocalDate signedOff = signOffs.stream().map(s -> LocalDate.ofInstant(s.signedAt(), zone)).max(LocalDate::compareTo)
                .orElse(on);
        if (on.isBefore(signedOff)) {
            throw new RuleViolation("statement.delivery.beforeSignOff", "deliveredOn", signedOff.toString());
        }
        if (where == null || where.isBlank()) {
            throw new RuleViolation("statement.delivery.occasionNeeded", "occasion");
        }
        status = StatementStatus.DELIVERED;
        deliveredOn = on;
        occasion = where.strip();
        deliveredBy = by;
        deliveredAt = now;
        updatedAt = now;
    }

    private void requireNotDelivered() {
        if (status == StatementStatus.DELIVERED) {
            throw new RuleViolation("statement.delivered.final", null);
        }
    }

    /**
     * The texts in the network's languages, in their order: each language needs its title and text; a language the
     * network does not work in is refused. The field named is the one the person filled (or should have).
     */
    static List<LanguageText> checked(List<String> languages, List<LanguageText> texts) {
        List<LanguageText> given = texts == null ? List.of() : texts.stream().filter(Objects::nonNull).toList();
        for (int i = 0; i < given.size(); i++) {
            String language = given.get(i).language();
            if (language == null || !languages.contains(language)) {
                throw new RuleViolation("statement.language.unknown", "texts[" + i + "].language",
                        language == null ? "" : language, String.join(", ", languages));
            }
        }
        List<LanguageText> checked = new ArrayList<>();
        for (int l = 0; l < languages.size(); l++) {
            String language = languages.get(l);
            int index = -1;
            for (int i = 0; i < given.size(); i++) {
                if (language.equals(given.get(i).language())) {
                    if (index >= 0) {
                        throw new RuleViolation("statement.language.twice", "texts[" + i + "].language", languageName(language));
                    }
                    index = i;
                }
            }
            int field = index >= 0 ? index : l;
            LanguageText text = index >= 0 ? given.get(index) : null;
            if (text == null || text.title() == null || text.title().isBlank()) {
                throw new RuleViolation("statement.title.missing", "texts[" + field + "].title", languageName(language));
            }
            if (text.text() == null || text.text().isBlank()) {
                throw new RuleViolation("statement.text.missing", "texts[" + field + "].text", languageName(language));
            }
            if (text.title().strip().length() > 200) {
                throw new RuleViolation("statement.title.tooLong", "texts[" + field + "].title", languageName(language), 200);
            }
            if (text.text().strip().length() > 8000) {
                throw new RuleViolation("statement.text.tooLong", "texts[" + field + "].text", languageName(language), 8000);
            }
            checked.add(new LanguageText(language, text.title().strip(), text.text().strip()));
        }
        return List.copyOf(checked);
    }

    /** A language's name, resolved in the reader's language when the refusal is shown. */
    private static DefaultMessageSourceResolvable languageName(String code) {
        return new DefaultMessageSourceResolvable(new String[] {"statement.language." + code}, code);
    }

    Set<String> signedPositions() {
        Set<String> signed = new HashSet<>();
        signOffs.forEach(s -> signed.add(s.positionCode()));
        return signed;
    }

    StatementVersion current() {
        return versions.stream().filter(v -> v.number() == currentVersion).findFirst()
                .orElseThrow(() -> new IllegalStateException("statement " + id + " without its version " + currentVersion));
    }

    StatementVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst().orElse(null);
    }

    UUID id() {
        return id;
    }

    String networkSlug() {
        return networkSlug;
    }

    UUID workingGroupId() {
        return workingGroupId;
    }

    StatementStatus status() {
        return status;
    }

    InformationLevel informationLevel() {
        return informationLevel;
    }

    int currentVersion() {
        return currentVersion;
    }

    String outcomeReason() {
        return outcomeReason;
    }

    UUID outcomeProposalId() {
        return outcomeProposalId;
    }

    Instant endorsedAt() {
        return endorsedAt;
    }

    String decisionNumber() {
        return decisionNumber;
    }

    LocalDate deliveredOn() {
        return deliveredOn;
    }

    String occasion() {
        return occasion;
    }

    String deliveredBy() {
        return deliveredBy;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    List<StatementVersion> versions() {
        return List.copyOf(versions);
    }

    List<SignOff> signOffs() {
        return List.copyOf(signOffs);
    }

    long version() {
        return version;
    }
}
