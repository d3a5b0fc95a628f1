package org.kenes.meetings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeetingRepository extends JpaRepository<Meeting, UUID> {

    Optional<Meeting> findByIdAndNetworkSlug(UUID id, String networkSlug);

    /**
     * The meetings a person may see, filtered in the query as {@link MeetingAccess} decides for one: network
     * meetings for members, the meetings of the working groups they belong to, and those their organisation was
     * invited to.
     */
    @Query("""
            select m from Meeting m
            where m.networkSlug = :network
              and ((m.workingGroupId is null and :member = true)
                   or m.workingGroupId in :groups or (m.workingGroupId is not null and :secretariat = true)
                   or m.id in (select i.id from Meeting i join i.invitees v where v.organisationId in :organisations))
            order by m.startsAt desc""")
    Page<Meeting> visible(String network, boolean member, boolean secretariat, Collection<UUID> groups,
                          Collection<UUID> organisations, Pageable page);

    @Query("""
            select m from Meeting m
            where m.networkSlug = :network and m.workingGroupId is null and m.startsAt >= :from and m.startsAt < :to
            order by m.startsAt""")
    List<Meeting> networkMeetingsBetween(String network, Instant from, Instant to);
}
