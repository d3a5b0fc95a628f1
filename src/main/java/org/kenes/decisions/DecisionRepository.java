package org.kenes.decisions;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<Decision, UUID> {

    Optional<Decision> findByProposalId(UUID proposalId);

    java.util.List<Decision> findByProposalIdIn(java.util.Collection<UUID> proposalIds);

    Optional<Decision> findByNetworkSlugAndNumber(String networkSlug, String number);

    /** The register as the viewer may read it: network decisions for members, a group's for the group. */
    @Query("""
            select d from Decision d, Proposal p
            where p.id = d.proposalId and d.networkSlug = :network
              and ((p.workingGroupId is null and :member = true) or p.workingGroupId in :groups
                   or (p.workingGroupId is not null and :convener = true))
              and (:year = 0 or d.year = :year)
            order by d.year desc, d.sequence desc""")
    Page<Decision> visible(String network, boolean member, boolean convener, java.util.Collection<UUID> groups, int year,
                           Pageable page);
}
