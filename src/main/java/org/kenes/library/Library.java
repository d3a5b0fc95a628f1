package org.kenes.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kenes.library.files.FileCheck;
import org.kenes.library.files.FileStore;
import org.kenes.library.files.FileType;
import org.kenes.library.files.TextExtraction;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.network.ReferenceData;
import org.kenes.membership.WorkingGroups;
import org.kenes.shared.Actors;
import org.kenes.shared.Hashes;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The library of a network: what its members share, at the level each item was given. */
@Service
@Transactional
public class Library {

    private static final UUID NONE = new UUID(0, 0);

    private final LibraryItemRepository items;
    private final JdbcClient jdbc;
    private final FileCheck check;
    private final TextExtraction extraction;
    private final FileStore store;
    private final Members members;
    private final WorkingGroups groups;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LibrarySearch search;
    private final NetworkConfigurations networks;
    private final ReferenceData reference;

    Library(LibraryItemRepository items, JdbcClient jdbc, FileCheck check, TextExtraction extraction, FileStore store,
            Members members, WorkingGroups groups, ApplicationEventPublisher events, Clock clock, LibrarySearch search,
            NetworkConfigurations networks, ReferenceData reference) {
        this.items = items;
        this.jdbc = jdbc;
        this.check = check;
        this.extraction = extraction;
        this.store = store;
        this.members = members;
        this.groups = groups;
        this.events = events;
        this.clock = clock;
        this.search = search;
        this.networks = networks;
        this.reference = reference;
    }

    /** A file as it arrives: its name and bytes. */
    public record Upload(String filename, byte[] content) {
    }

    /**
     * A member (or, in a working group, any of its organisations) shares an item for an organisation she is a focal
     * point of. A document comes with its first file, checked and read before anything is saved.
     */
    public UUID share(String networkSlug, NewItem request, Upload upload, Viewer viewer) {
        if (request.workingGroupId() != null) {
            if (!viewer.inWorkingGroup(request.workingGroupId()) && !viewer.isSecretariatOf(networkSlug)) {
                throw new AccessDeniedException("A working group's items are shared by its participants");
            }
            groups.group(networkSlug, request.workingGroupId(), Viewer.actingForSecretariatOf(networkSlug));
        } else if (!viewer.isMemberOf(networkSlug)) {
            throw new AccessDeniedException("The network's library is fed by its members");
        }
        if (!viewer.isSecretariatOf(networkSlug) && !members.organisationsOf(networkSlug, viewer).contains(request.organisation())
                && request.workingGroupId() == null) {
            throw new RuleViolation("library.item.notYourOrganisation", "organisation", request.organisation());
        }
        if (request.kind().filed()) {
            // minutes and statements come from where they were made, at their level
            throw new RuleViolation("library.item.kindFiled", "kind");
        }
        if (request.form() == ItemForm.DOCUMENT && (upload == null || upload.content() == null || upload.content().length == 0)) {
            throw new RuleViolation(upload == null || upload.filename() == null || upload.filename().isBlank()
                    ? "library.file.needed" : "library.file.empty", "file");
        }
        PreparedFile file = request.form() == ItemForm.DOCUMENT ? prepare(upload) : null;
        LibraryItem item = new LibraryItem(networkSlug, request.workingGroupId(), request.form(), request.kind(), request.title(),
                request.body(), request.url(), request.organisation(), request.itemDate(), request.languages(),
                request.gcmObjectives(), viewer.username(), clock.instant());
        item.paperFor(request.meetingId(), request.agendaItemId(), request.proposalId());
        item.about(sdgTargets(request.sdgTargets()), request.topics(), countries(request.countries()));
        item = items.saveAndFlush(item); // the file's row refers to it; a merge hands back the managed copy
        if (file != null) {
            store(item, 1, file, viewer);
        }
        events.publishEvent(new LibraryItemChanged(networkSlug, item.id(), "shared", request.title(), Actors.current()));
        return item.id();
    }

    /** SDG targets as the reference data writes them; an unknown one is refused by name. */
    private List<String> sdgTargets(String listed) {
        List<String> codes = LibraryItem.codes(listed).stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
        for (String code : codes) {
            if (reference.sdgTarget(code).isEmpty()) {
                throw new RuleViolation("library.item.sdgUnknown", "sdgTargets", code);
            }
        }
        return codes;
    }

    /** Countries as ISO 3166 alpha-2 codes; an unknown one is refused by name. */
    private List<String> countries(String listed) {
        List<String> codes = LibraryItem.codes(listed).stream().map(c -> c.toUpperCase(java.util.Locale.ROOT)).toList();
        for (String code : codes) {
            if (reference.country(code).isEmpty()) {
                throw new RuleViolation("library.item.countryUnknown", "countries", code);
            }
        }
        return codes;
    }

    /** A new version of a document's file, by the secretariat or the person who shared it. */
    public void addVersion(String networkSlug, UUID id, Upload upload, Viewer viewer) {
        LibraryItem item = owned(networkSlug, id, viewer);
        if (item.form() != ItemForm.DOCUMENT) {
            throw new RuleViolation("library.file.notADocument", "file");
        }
        if (!viewer.isSecretariatOf(networkSlug) && !item.createdBy().equals(viewer.username())) {
            throw new AccessDeniedException("A new version comes from who shared the document, or the secretariat");
        }
        PreparedFile file = prepare(upload);
        int next = jdbc.sql("select coalesce(max(file_version), 0) + 1 from library_file where item_id = ?").param(id)
                .query(Integer.class).single();
        store(item, next, file, viewer);
        events.publishEvent(new LibraryItemChanged(networkSlug, id, "new-version", String.valueOf(next), Actors.current()));
    }

    @Transactional(readOnly = true)
    public Page<LibraryItemView> visible(String networkSlug, ItemKind kind, Viewer viewer, Pageable page) {
        Page<LibraryItem> found = items.visible(networkSlug, levelsFor(networkSlug, viewer), groupsOf(viewer),
                viewer.isSecretariatOf(networkSlug), viewer.isMemberOf(networkSlug), kind == null,
                kind == null ? ItemKind.OTHER : kind, page);
        Map<UUID, List<LibraryFileView>> files = files(found.map(LibraryItem::id).getContent());
        return found.map(i -> i.view(files.getOrDefault(i.id(), List.of())));
    }

    /** The most papers one meeting's or proposal's page lists. */
    static final int MOST_PAPERS = 100;

    /**
     * The papers for a meeting, or for a proposal, that this person may see: filtered in the query by the same rules as
     * the library's list. Exactly one of the two is given.
     */
    @Transactional(readOnly = true)
    public List<LibraryItemView> papers(String networkSlug, UUID meetingId, UUID proposalId, Viewer viewer) {
        if ((meetingId == null) == (proposalId == null)) {
            throw new IllegalArgumentException("Papers are listed for a meeting or for a proposal");
        }
        List<LibraryItem> found = items.papers(networkSlug, levelsFor(networkSlug, viewer), groupsOf(viewer),
                viewer.isSecretariatOf(networkSlug), meetingId != null, meetingId != null ? meetingId : proposalId,
                Pageable.ofSize(MOST_PAPERS));
        Map<UUID, List<LibraryFileView>> files = files(found.stream().map(LibraryItem::id).toList());
        return found.stream().map(i -> i.view(files.getOrDefault(i.id(), List.of()))).toList();
    }

    /**
     * A record of the network's work filed by its source: its entry is made, or (filed again) follows the latest
     * filing. Keyed on the record, so handling the same filing twice leaves one entry, unchanged.
     */
    void file(RecordFiled record) {
        var existing = items.findBySourceKindAndSourceId(record.kind(), record.sourceId());
        if (existing.isPresent()) {
            LibraryItem item = existing.get();
            InformationLevel before = item.level();
            if (item.refile(record) && before != item.level()) {
                events.publishEvent(new LibraryItemChanged(record.networkSlug(), item.id(), "level", item.level().name()
                        + " (as its " + record.kind().name().toLowerCase(java.util.Locale.ROOT) + ")", Actors.SYSTEM));
            }
            return;
        }
        LibraryItem item = items.saveAndFlush(LibraryItem.filed(record, clock.instant()));
        events.publishEvent(new LibraryItemChanged(record.networkSlug(), item.id(), "filed",
                record.kind() + " " + record.sourceId() + " at " + record.level(), Actors.SYSTEM));
    }

    /** The network-wide levels this person reaches; working-group items go by the groups. */
    private static Set<InformationLevel> levelsFor(String networkSlug, Viewer viewer) {
        Set<InformationLevel> levels = EnumSet.noneOf(InformationLevel.class);
        for (InformationLevel level : List.of(InformationLevel.PUBLIC, InformationLevel.PARTNERS, InformationLevel.INTERNAL)) {
            if (viewer.maySee(networkSlug, level)) {
                levels.add(level);
            }
        }
        return levels;
    }

    private static Set<UUID> groupsOf(Viewer viewer) {
        return viewer.workingGroups().isEmpty() ? Set.of(NONE) : viewer.workingGroups();
    }

    /**
     * What was shared in the network since a moment, newest first, of what this viewer may see: the updates feed and
     * the feeds built on it. Filtered in the query, as {@link #visible} is.
     */
    @Transactional(readOnly = true)
    public Page<LibraryItemView> latest(String networkSlug, java.time.Instant since, Viewer viewer, Pageable page) {
        Page<LibraryItem> found = items.latest(networkSlug, levelsFor(networkSlug, viewer), groupsOf(viewer), viewer.isSecretariatOf(networkSlug),
                since == null ? java.time.Instant.EPOCH : since, page);
        Map<UUID, List<LibraryFileView>> files = files(found.map(LibraryItem::id).getContent());
        return found.map(i -> i.view(files.getOrDefault(i.id(), List.of())));
    }

    /** The items shared in the network since a moment that this viewer may see, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<LibraryItemView> sharedSince(String networkSlug, java.time.Instant since, Viewer viewer, int limit) {
        return latest(networkSlug, since, viewer, org.springframework.data.domain.PageRequest.of(0, limit)).getContent();
    }

    @Transactional(readOnly = true)
    public LibraryItemView item(String networkSlug, UUID id, Viewer viewer) {
        LibraryItem item = readable(networkSlug, id, viewer);
        return item.view(files(List.of(id)).getOrDefault(id, List.of()));
    }

    /** A file's bytes, for someone who may see its item now: checked at every download, never by a reusable link. */
    @Transactional(readOnly = true)
    public Download download(String networkSlug, UUID id, UUID fileId, Viewer viewer) {
        readable(networkSlug, id, viewer);
        return jdbc.sql("select filename, media_type, storage_key from library_file where id = ? and item_id = ?")
                .params(fileId, id)
                .query((rs, row) -> new Download(rs.getString(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new ItemNotFound(id));
    }

    public InputStream open(Download download) {
        try {
            return store.open(download.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Download(String filename, String mediaType, String storageKey) {
    }

    /** Words and facets over what the person may see in the network, shared items included; counts alike. */
    @Transactional(readOnly = true)
    public SearchResults search(String networkSlug, SearchRequest request, Viewer viewer) {
        LibrarySearch.Found found = search.search(networkSlug, request, viewer);
        Map<UUID, List<LibraryFileView>> files = files(found.items().stream().map(LibraryItem::id).toList());
        return new SearchResults(found.items().stream().map(i -> i.view(files.getOrDefault(i.id(), List.of()))).toList(),
                found.total(), request.page(), request.size(), found.kinds(), found.gcm(), found.years(), found.organisations());
    }

    /**
     * The secretariat offers an item to another network of the installation. Public items travel at once; anything
     * else once a co-chair agrees, or at once when the secretariat names the adopted decision that agreed it.
     */
    public void offer(String networkSlug, UUID id, String otherNetwork, String decisionNumber, Viewer viewer) {
        if (!viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("The secretariat offers items to other networks");
        }
        LibraryItem item = owned(networkSlug, id, viewer);
        if (otherNetwork == null || otherNetwork.isBlank() || !networks.exists(otherNetwork)) {
            throw new RuleViolation("library.share.unknownNetwork", "network");
        }
        item.offerTo(otherNetwork, viewer.username(), clock.instant());
        if (decisionNumber != null && !decisionNumber.isBlank()) {
            item.agreeSharing(otherNetwork, viewer.username(), decisionNumber.strip(), clock.instant());
        }
        events.publishEvent(new LibraryItemChanged(networkSlug, id, "offered", otherNetwork, Actors.current()));
    }

    /** A co-chair of the owning network agrees that the item reaches the other network. */
    public void agreeSharing(String networkSlug, UUID id, String otherNetwork, Viewer viewer) {
        if (!viewer.has(networkSlug, NetworkRole.CO_CHAIR)) {
            throw new AccessDeniedException("Sharing beyond the network is agreed by a co-chair");
        }
        owned(networkSlug, id, viewer).agreeSharing(otherNetwork, viewer.username(), null, clock.instant());
        events.publishEvent(new LibraryItemChanged(networkSlug, id, "sharing-agreed", otherNetwork, Actors.current()));
    }

    /** The secretariat takes an item back from another network. */
    public void withdrawSharing(String networkSlug, UUID id, String otherNetwork, Viewer viewer) {
        if (!viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("The secretariat withdraws what it offered");
        }
        owned(networkSlug, id, viewer).withdrawFrom(otherNetwork);
        events.publishEvent(new LibraryItemChanged(networkSlug, id, "sharing-withdrawn", otherNetwork, Actors.current()));
    }

    /** Where the network's own item was offered; only its members learn where it travelled. */
    @Transactional(readOnly = true)
    public List<ShareView> shares(String networkSlug, UUID id, Viewer viewer) {
        LibraryItem item = readable(networkSlug, id, viewer);
        return item.networkSlug().equals(networkSlug) && viewer.isMemberOf(networkSlug) ? item.shares() : List.of();
    }

    private LibraryItem owned(String networkSlug, UUID id, Viewer viewer) {
        LibraryItem item = readable(networkSlug, id, viewer);
        if (!item.networkSlug().equals(networkSlug)) {
            throw new ItemNotFound(id);
        }
        return item;
    }

    /** What the network has agreed to publish, for anyone: its public page and the public list. */
    @Transactional(readOnly = true)
    public Page<LibraryItemView> published(String networkSlug, Pageable page) {
        return visible(networkSlug, null, Viewer.ANONYMOUS, page);
    }

    @Transactional(readOnly = true)
    public LibraryItemView publishedItem(String networkSlug, UUID id) {
        return item(networkSlug, id, Viewer.ANONYMOUS);
    }

    /** A co-chair agrees that the item may be published. */
    public void approvePublication(String networkSlug, UUID id, Viewer viewer) {
        if (!viewer.has(networkSlug, NetworkRole.CO_CHAIR)) {
            throw new AccessDeniedException("Publication is agreed by a co-chair");
        }
        LibraryItem item = owned(networkSlug, id, viewer);
        if (item.isFiledRecord()) {
            throw new RuleViolation("library.level.followsSource", null);
        }
        item.approvePublication(viewer.username(), clock.instant());
        events.publishEvent(new LibraryItemChanged(networkSlug, id, "publication-approved", null, Actors.current()));
    }

    /** The secretariat sets the level; public needs the agreement on record (approval, or a decision named here). */
    public void level(String networkSlug, UUID id, InformationLevel level, String decisionNumber, long version, Viewer viewer) {
        if (!viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("The secretariat sets an item's level");
        }
        LibraryItem item = owned(networkSlug, id, viewer);
        if (item.isFiledRecord()) {
            // minutes and statements travel as far as they do where they were made, and no further
            throw new RuleViolation("library.level.followsSource", "level");
        }
        if (item.version() != version) {
            throw new RuleViolation("library.item.stale", null);
        }
        if (decisionNumber != null && !decisionNumber.isBlank()) {
            item.agreedByDecision(decisionNumber.strip());
        }
        item.level(level);
        events.publishEvent(new LibraryItemChanged(networkSlug, id, "level", level.name(), Actors.current()));
    }

    private LibraryItem readable(String networkSlug, UUID id, Viewer viewer) {
        LibraryItem item = items.findById(id).orElseThrow(() -> new ItemNotFound(id));
        if (!item.networkSlug().equals(networkSlug)) {
            // another network's item, read here only by members once its own network agreed to share it
            if (item.sharedWith(networkSlug) && viewer.isMemberOf(networkSlug)) {
                return item;
            }
            throw new ItemNotFound(id);
        }
        boolean sees = item.workingGroupId() == null
                ? viewer.maySee(networkSlug, item.level())
                : viewer.maySee(networkSlug, item.level(), item.workingGroupId());
        if (!sees) {
            // not found rather than forbidden: an item one may not see does not exist for one
            throw new ItemNotFound(id);
        }
        return item;
    }

    private record PreparedFile(String filename, FileType type, byte[] content, String text) {
    }

    /** Checked and read before anything is saved, so a refused file leaves nothing behind. */
    private PreparedFile prepare(Upload upload) {
        if (upload == null) {
            throw new RuleViolation("library.file.needed", "file");
        }
        FileType type = check.check(upload.filename(), upload.content());
        String text = extraction.text(type, upload.content());
        String name = upload.filename().replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new PreparedFile(name.length() > 300 ? name.substring(name.length() - 300) : name, type, upload.content(), text);
    }

    private void store(LibraryItem item, int fileVersion, PreparedFile file, Viewer viewer) {
        String key;
        try {
            key = store.put(file.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            jdbc.sql("""
                            insert into library_file (id, item_id, file_version, filename, media_type, size_bytes, sha256, storage_key,
                                                      extracted_text, uploaded_by, uploaded_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(UUID.randomUUID(), item.id(), fileVersion, file.filename(), file.type().mediaType(), (long) file.content().length,
                            Hashes.sha256Hex(file.content()), key, file.text(), viewer.username(), Timestamp.from(clock.instant()))
                    .update();
        } catch (RuntimeException e) {
            store.discard(key);
            throw e;
        }
        item.currentText(file.text());
    }

    private Map<UUID, List<LibraryFileView>> files(List<UUID> itemIds) {
        Map<UUID, List<LibraryFileView>> byItem = new LinkedHashMap<>();
        if (itemIds.isEmpty()) {
            return byItem;
        }
        jdbc.sql("""
                        select item_id, id, file_version, filename, media_type, size_bytes, sha256, uploaded_by, uploaded_at
                          from library_file where item_id in (:ids) order by file_version desc""")
                .param("ids", itemIds)
                .query(rs -> {
                    byItem.computeIfAbsent(rs.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new LibraryFileView(rs.getObject(2, UUID.class), rs.getInt(3), rs.getString(4), rs.getString(5),
                                    rs.getLong(6), rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant()));
                });
        return byItem;
    }

    public static class ItemNotFound extends org.kenes.shared.NotFoundException {
        ItemNotFound(UUID id) {
            super("No library item " + id);
        }
    }
}
