package org.kenes.decisions;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    Optional<Proposal> findByIdAndNetworkSlug(UUID id, String networkSlug);

    List<Proposal> findByNetworkSlugAndMeetingIdOrderByOpenedAt(String networkSlug, UUID meetingId);

    List<Proposal> findByNetworkSlugAndStatus(String networkSlug, ProposalStatus status);

    /** The proposal, locked: positions, closing and revision of one proposal happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id and p.networkSlug = :network")
    Optional<Proposal> lockedByIdAndNetworkSlug(UUID id, String network);

    @Query("""
            select p from Proposal p
            where p.networkSlug = :network
              and ((p.workingGroupId is null and :member = true) or p.workingGroupId in :groups
                   or (p.workingGroupId is not null and :convener = true))
            order by p.openedAt desc""")
    Page<Proposal> visible(String network, boolean member, boolean convener, java.util.Collection<UUID> groups, Pageable page);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Proposal p where p.id = :id")
    Optional<Proposal> lockedById(UUID id);

    /** Due rounds, oldest deadline first, so the register numbers follow the deadlines. */
    @Query("select p.id from Proposal p where p.status = org.kenes.decisions.ProposalStatus.OPEN and p.deadline <= :now order by p.deadline")
    List<UUID> due(Instant now);

    @Query("""
            select p.id from Proposal p where p.status = org.kenes.decisions.ProposalStatus.OPEN
              and p.deadline <= :remindFrom and p.deadline > :now and p.remindedRound < p.round""")
    List<UUID> toRemind(Instant now, Instant remindFrom);
}
