package org.kenes.library;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.List;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LibraryItemRepository extends JpaRepository<LibraryItem, UUID> {

    /**
     * The items a person may see, filtered in the query as {@code Viewer.maySee} decides for one: the levels open to
     * them, working-group items of their groups (or all, for the secretariat), and, for members, what other networks
     * agreed to share with this one.
     */
    @Query("""
            select i from LibraryItem i
            where ((i.networkSlug = :network
                    and (i.level in :levels
                         or (i.level = org.kenes.shared.InformationLevel.WORKING_GROUP
                             and (i.workingGroupId in :groups or :secretariat = true))))
                   or (:member = true and i.level <> org.kenes.shared.InformationLevel.WORKING_GROUP
                       and exists (select 1 from LibraryItem o join o.shares s
                                                   where o.id = i.id and s.networkSlug = :network and s.agreedAt is not null)))
              and (:anyKind = true or i.kind = :kind)
            order by i.itemDate desc, i.createdAt desc""")
    Page<LibraryItem> visible(String network, Collection<InformationLevel> levels, Collection<UUID> groups, boolean secretariat,
                              boolean member, boolean anyKind, ItemKind kind, Pageable page);

    /**
     * The network's own items of {@link #visible}, filtered the same way (what other networks shared is not here),
     * newest shared first: the updates feed, the weekly
     * digest and the public Atom feed. Only items shared at or after {@code since}.
     */
    @Query("""
            select i from LibraryItem i
            where i.networkSlug = :network
              and (i.level in :levels
                   or (i.level = org.kenes.shared.InformationLevel.WORKING_GROUP and (i.workingGroupId in :groups or :secretariat = true)))
              and i.createdAt >= :since
            order by i.createdAt desc, i.id desc""")
    Page<LibraryItem> latest(String network, Collection<InformationLevel> levels, Collection<UUID> groups, boolean secretariat,
                             java.time.Instant since, Pageable page);

    /** The library's entry for a record filed by its source, if it has one. */
    Optional<LibraryItem> findBySourceKindAndSourceId(RecordFiled.Kind sourceKind, UUID sourceId);

    /** What members shared, leaving out the records the library filed. */
    long countBySourceKindIsNull();

    /**
     * The papers for a meeting ({@code forMeeting}) or a proposal that a person may see, with the rule of
     * {@link #visible}.
     */
    @Query("""
            select i from LibraryItem i
            where i.networkSlug = :network
              and (i.level in :levels
                   or (i.level = org.kenes.shared.InformationLevel.WORKING_GROUP and (i.workingGroupId in :groups or :secretariat = true)))
              and ((:forMeeting = true and i.meetingId = :reference) or (:forMeeting = false and i.proposalId = :reference))
            order by i.itemDate desc, i.createdAt desc""")
    List<LibraryItem> papers(String network, Collection<InformationLevel> levels, Collection<UUID> groups, boolean secretariat,
                             boolean forMeeting, UUID reference, Pageable page);
}
