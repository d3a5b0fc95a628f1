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
     * The meetings a person may see, filtered in the query: network meetings for members, the annual meeting for
     * everyone who takes part in the network, and the meetings of the working groups they belong to.
     */
    @Query("""
            select m from Meeting m
            where m.networkSlug = :network
              and ((m.workingGroupId is null and (:member = true
                        or (:participant = true and m.type = org.kenes.meetings.MeetingType.ANNUAL_NETWORK_MEETING)))
                   or m.workingGroupId in :groups or (m.workingGroupId is not null and :secretariat = true))
            order by m.startsAt desc""")
    Page<Meeting> visible(String network, boolean member, boolean participant, boolean secretariat,
                          Collection<UUID> groups, Pageable page);

    @Query("""
            select m from Meeting m
            where m.networkSlug = :network and m.workingGroupId is null and m.startsAt >= :from and m.startsAt < :to
            order by m.startsAt""")
    List<Meeting> networkMeetingsBetween(String network, Instant from, Instant to);
}
