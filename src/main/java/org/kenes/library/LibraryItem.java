package org.kenes.library;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.RuleViolation;

/**
 * An item of the library at its information level. Internal by default; a working group's item may be kept to the
 * group; publishing at public needs a recorded agreement, shown on the item.
 */
@Entity
@Table(name = "library_item")
@Indexed(index = "library")
class LibraryItem {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

    @Id
    private UUID id;

    @KeywordField(name = "network")
    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @KeywordField(name = "group")
    @Column(name = "working_group_id")
    private UUID workingGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemForm form;

    @KeywordField(aggregable = Aggregable.YES)
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemKind kind;

    @FullTextField(analyzer = LibraryAnalysis.MULTILINGUAL)
    @Column(nullable = false)
    private String title;

    @FullTextField(analyzer = LibraryAnalysis.MULTILINGUAL)
    @Column
    private String body;

    @Column
    private String url;

    @KeywordField(aggregable = Aggregable.YES)
    @Column(nullable = false)
    private String organisation;

    @GenericField(name = "date", sortable = Sortable.YES)
    @Column(name = "item_date", nullable = false)
    private LocalDate itemDate;

    @Column
    private String languages;

    @Column(name = "gcm_objectives")
    private String gcmObjectives;

    @KeywordField
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InformationLevel level = InformationLevel.INTERNAL;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @GenericField(name = "shared", sortable = Sortable.YES)
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sdg_targets")
    private String sdgTargets;

    @FullTextField(analyzer = LibraryAnalysis.MULTILINGUAL)
    @Column
    private String topics;

    @Column
    private String countries;

    /** The text of the current file, so a word inside a document finds it. */
    @FullTextField(name = "text", analyzer = LibraryAnalysis.MULTILINGUAL)
    @Column(name = "file_text")
    private String fileText;

    @ElementCollection
    @CollectionTable(name = "library_share", joinColumns = @JoinColumn(name = "item_id"))
    private List<LibraryShare> shares = new ArrayList<>();

    @Version
    private long version;

    /** For a record the library files from its source (minutes, a statement): what it is and its id there. */
    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private RecordFiled.Kind sourceKind;

    @Column(name = "source_id")
    private UUID sourceId;

    @Column(name = "source_as_of")
    private Instant sourceAsOf;

    /** A public record's public page; the internal page is in {@link #url}. */
    @Column(name = "public_url")
    private String publicUrl;

    /** A paper for a meeting (and one of its agenda items) or for a proposal. */
    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "agenda_item_id")
    private UUID agendaItemId;

    @Column(name = "proposal_id")
    private UUID proposalId;

    protected LibraryItem() {
    }

    LibraryItem(String networkSlug, UUID workingGroupId, ItemForm form, ItemKind kind, String title, String body, String url,
                String organisation, LocalDate itemDate, String languages, String gcmObjectives, String createdBy, Instant now) {
        if (form == ItemForm.LINK && (url == null || !url.matches("^https?://\\S+$"))) {
            throw new RuleViolation("library.item.urlNeeded", "url");
        }
        if (form == ItemForm.UPDATE && (body == null || body.isBlank())) {
            throw new RuleViolation("library.item.bodyNeeded", "body");
        }
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.workingGroupId = workingGroupId;
        this.form = form;
        this.kind = kind;
        this.title = title.strip();
        this.body = body == null || body.isBlank() ? null : body.strip();
        this.url = form == ItemForm.LINK ? url.strip() : null;
        this.organisation = organisation;
        this.itemDate = itemDate;
        this.languages = languages;
        this.gcmObjectives = gcmObjectives;
        this.level = workingGroupId == null ? InformationLevel.INTERNAL : InformationLevel.WORKING_GROUP;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * The library's entry for a record of the network's work, filed by its source: a link to the record's page in
     * Kenes (never to elsewhere), at the level the source gives it. Members' links keep their own rule (http or https
     * only); this is how an in-app path gets in.
     */
    static LibraryItem filed(RecordFiled record, Instant now) {
        LibraryItem item = new LibraryItem();
        item.id = UUID.randomUUID();
        item.networkSlug = record.networkSlug();
        item.workingGroupId = record.workingGroupId();
        item.form = ItemForm.LINK;
        item.kind = FiledRecords.kindOf(record.kind());
        item.sourceKind = record.kind();
        item.sourceId = record.sourceId();
        item.createdBy = org.kenes.shared.Actors.SYSTEM;
        item.createdAt = now;
        item.take(record);
        return item;
    }

    /**
     * The same record filed again: the entry follows it (its level above all), unless this filing is older than the
     * one the entry already shows. Returns whether the entry took it.
     */
    boolean refile(RecordFiled record) {
        if (sourceKind != record.kind() || !sourceId.equals(record.sourceId()) || !networkSlug.equals(record.networkSlug())) {
            throw new IllegalArgumentException("Record " + record.kind() + " " + record.sourceId() + " is not the source of item " + id);
        }
        if (!FiledRecords.supersedes(record.asOf(), sourceAsOf)) {
            return false;
        }
        take(record);
        return true;
    }

    private void take(RecordFiled record) {
        FiledRecords.check(record);
        this.title = FiledRecords.clip(record.title().strip(), 300);
        this.itemDate = record.date();
        this.url = record.path();
        this.level = record.level();
        this.publicUrl = record.level() == InformationLevel.PUBLIC ? record.publicPath() : null;
        this.organisation = record.contributor() == null ? "" : FiledRecords.clip(record.contributor().strip(), 40);
        this.sourceAsOf = record.asOf();
    }

    /** Marks a member's item as a paper for a meeting (and one of its agenda items) or for a proposal. */
    void paperFor(UUID meeting, UUID agendaItem, UUID proposal) {
        if (agendaItem != null && meeting == null) {
            throw new RuleViolation("library.paper.agendaItemWithoutMeeting", "agendaItemId");
        }
        this.meetingId = meeting;
        this.agendaItemId = agendaItem;
        this.proposalId = proposal;
    }

    /**
     * A new level. Public needs the agreement first: a co-chair's approval or an adopted decision; a network item is
     * never at working-group level, nor a group's item shared beyond the group without its own move.
     */
    void level(InformationLevel newLevel) {
        if (newLevel == InformationLevel.WORKING_GROUP && workingGroupId == null) {
            throw new RuleViolation("library.level.noGroup", "level");
        }
        if (newLevel == InformationLevel.PUBLIC && approvedBy == null && decisionNumber == null) {
            throw new RuleViolation("library.level.agreementNeeded", "level");
        }
        if (newLevel == InformationLevel.WORKING_GROUP) {
            // back to its group only: no other network keeps it
            shares.clear();
        }
        if (level == InformationLevel.PUBLIC && newLevel != InformationLevel.PUBLIC) {
            // what travelled only because it was public waits again for the owning network's agreement
            shares.stream().filter(LibraryShare::agreedByPublication).forEach(LibraryShare::withdrawAgreement);
        }
        this.level = newLevel;
    }

    /**
     * Offers the item to another network of the installation. What is public travels at once; anything else waits
     * until the owning network agrees. A working group's item stays with its group.
     */
    void offerTo(String network, String by, Instant now) {
        if (network == null || network.equals(networkSlug)) {
            throw new RuleViolation("library.share.ownNetwork", "network");
        }
        if (level == InformationLevel.WORKING_GROUP) {
            throw new RuleViolation("library.share.workingGroup", "network");
        }
        if (isFiledRecord()) {
            // minutes and statements travel as far as they do where they were made
            throw new RuleViolation("library.share.filedRecord", "network");
        }
        if (share(network).isPresent()) {
            throw new RuleViolation("library.share.already", "network", network);
        }
        LibraryShare share = new LibraryShare(network, by, now);
        if (level == InformationLevel.PUBLIC) {
            share.agree(null, null, now);
        }
        shares.add(share);
    }

    /** The owning network agrees that an offered item reaches the other network: a co-chair, or an adopted decision. */
    void agreeSharing(String network, String by, String decisionNumber, Instant now) {
        LibraryShare share = share(network).orElseThrow(() -> new RuleViolation("library.share.notOffered", "network", network));
        if (level == InformationLevel.WORKING_GROUP) {
            throw new RuleViolation("library.share.workingGroup", "network");
        }
        if (decisionNumber != null && !decisionNumber.matches("^[A-Z]{2}-\\d{4}-\\d{3,}$")) {
            throw new RuleViolation("library.level.decisionNumber", "decisionNumber");
        }
        share.agree(by, decisionNumber, now);
    }

    /** The owning network takes the item back from the other network. */
    void withdrawFrom(String network) {
        LibraryShare share = share(network).orElseThrow(() -> new RuleViolation("library.share.notOffered", "network", network));
        shares.remove(share);
    }

    boolean sharedWith(String network) {
        return level != InformationLevel.WORKING_GROUP && share(network).map(LibraryShare::agreed).orElse(false);
    }

    private Optional<LibraryShare> share(String network) {
        return shares.stream().filter(s -> s.networkSlug().equals(network)).findFirst();
    }

    List<ShareView> shares() {
        return shares.stream().map(LibraryShare::view).toList();
    }

    /** The networks that may see the item, besides its own. */
    @KeywordField(name = "sharedWith")
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "shares")),
            @ObjectPath(@PropertyValue(propertyName = "level"))})
    Set<String> getSharedWith() {
        Set<String> networks = new TreeSet<>();
        if (level == InformationLevel.WORKING_GROUP) {
            return networks;
        }
        shares.stream().filter(LibraryShare::agreed).forEach(s -> networks.add(s.networkSlug()));
        return networks;
    }

    @GenericField(name = "year", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "itemDate")))
    int getYear() {
        return itemDate.getYear();
    }

    /** The GCM objectives as numbers, whatever separators the member typed. */
    @GenericField(name = "gcm", aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "gcmObjectives")))
    Set<Integer> getGcm() {
        Set<Integer> objectives = new TreeSet<>();
        if (gcmObjectives != null) {
            Matcher m = NUMBER.matcher(gcmObjectives);
            while (m.find()) {
                int n = Integer.parseInt(m.group());
                if (n >= 1 && n <= 23) {
                    objectives.add(n);
                }
            }
        }
        return objectives;
    }

    /**
     * What the item is about besides its GCM objectives: SDG targets and countries as codes (already checked against
     * the reference data), topics in the member's own words.
     */
    void about(java.util.Collection<String> sdgTargets, String topics, java.util.Collection<String> countries) {
        this.sdgTargets = sdgTargets.isEmpty() ? null : String.join(", ", sdgTargets);
        this.topics = topics == null || topics.isBlank() ? null : topics.strip();
        this.countries = countries.isEmpty() ? null : String.join(", ", countries);
    }

    @KeywordField(name = "sdg")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "sdgTargets")))
    List<String> getSdg() {
        return codes(sdgTargets);
    }

    @KeywordField(name = "country")
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "countries")))
    List<String> getCountry() {
        return codes(countries);
    }

    /** Codes as a member lists them: "10.7, 8.8" or "KZ TM". */
    static List<String> codes(String listed) {
        return listed == null ? List.of()
                : java.util.Arrays.stream(listed.split("[,;\\s]+")).filter(c -> !c.isBlank()).map(String::strip).distinct().toList();
    }

    void currentText(String text) {
        this.fileText = text;
    }

    /** A co-chair agrees to publication; the item can then be made public. */
    void approvePublication(String coChair, Instant now) {
        this.approvedBy = coChair;
        this.approvedAt = now;
    }

    /** Publication agreed by an adopted decision of the register, named by its number. */
    void agreedByDecision(String number) {
        if (number == null || !number.matches("^[A-Z]{2}-\\d{4}-\\d{3,}$")) {
            throw new RuleViolation("library.level.decisionNumber", "decisionNumber");
        }
        this.decisionNumber = number;
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

    ItemForm form() {
        return form;
    }

    InformationLevel level() {
        return level;
    }

    String createdBy() {
        return createdBy;
    }

    long version() {
        return version;
    }

    /** Whether the library filed this item from its source, which alone decides its level. */
    boolean isFiledRecord() {
        return sourceKind != null;
    }

    LibraryItemView.Source source() {
        return sourceKind == null ? null : new LibraryItemView.Source(sourceKind, sourceId, publicUrl);
    }

    UUID meetingId() {
        return meetingId;
    }

    UUID agendaItemId() {
        return agendaItemId;
    }

    UUID proposalId() {
        return proposalId;
    }

    LibraryItemView view(java.util.List<LibraryFileView> files) {
        return new LibraryItemView(id, networkSlug, workingGroupId, form, kind, title, body, url, organisation, itemDate, languages,
                gcmObjectives, level, approvedBy, approvedAt, decisionNumber, createdBy, createdAt, version, files,
                source(), meetingId(), agendaItemId(), proposalId(), sdgTargets, topics, countries);
    }
}
