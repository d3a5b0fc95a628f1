package org.kenes.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionPointRepository extends JpaRepository<ActionPoint, UUID> {

    Optional<ActionPoint> findByIdAndNetworkSlug(UUID id, String networkSlug);

    List<ActionPoint> findByMeetingIdOrderByDueOn(UUID meetingId);

    List<ActionPoint> findByNetworkSlugAndDecisionIdOrderByDueOn(String networkSlug, UUID decisionId);

    /** The tracker: network-meeting action points, filtered in the query. */
    @Query("""
            select a from ActionPoint a
            where a.networkSlug = :network
              and (a.meetingId is null
                   or a.meetingId in (select m.id from Meeting m where m.networkSlug = :network and m.workingGroupId is null))
              and a.status in :statuses
              and (:anyOwner = true or a.ownerOrganisation = :owner)
              and a.dueOn < :dueBefore
            order by a.dueOn""")
    Page<ActionPoint> tracker(String network, Collection<ActionPointStatus> statuses, boolean anyOwner, String owner,
                              LocalDate dueBefore, Pageable page);

    /** Matters arising: what is still open from the network's earlier meetings. */
    @Query("""
            select a from ActionPoint a
            where a.networkSlug = :network and a.status in (org.kenes.meetings.ActionPointStatus.OPEN,
                                                             org.kenes.meetings.ActionPointStatus.IN_PROGRESS)
              and ((a.meetingId is null and a.createdAt < :before)
                   or a.meetingId in (select m.id from Meeting m where m.networkSlug = :network and m.workingGroupId is null
                                      and m.startsAt < :before))
            order by a.dueOn""")
    List<ActionPoint> openBefore(String network, Instant before);
}
