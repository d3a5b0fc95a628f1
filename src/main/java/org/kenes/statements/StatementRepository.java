package org.kenes.statements;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface StatementRepository extends JpaRepository<Statement, UUID> {

    Optional<Statement> findByIdAndNetworkSlug(UUID id, String networkSlug);

    /** The statement, locked: the steps on one statement, and the outcome of its consultation, happen one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Statement s where s.id = :id and s.networkSlug = :network")
    Optional<Statement> locked(UUID id, String network);

    /** The statement whose version was put to the members in this consultation. */
    @Query("select s.id from Statement s join s.versions v where v.proposalId = :proposal")
    Optional<UUID> idByProposal(UUID proposal);

    /**
     * What a viewer may see, filtered in the query: the body's statements at any stage (the network's for its members;
     * a working group's for that group, the secretariat and the co-chairs), and delivered statements at their level.
     */
    @Query("""
            select s from Statement s
            where s.networkSlug = :network
              and ((s.workingGroupId is null and :member = true)
                   or s.workingGroupId in :groups
                   or (s.workingGroupId is not null and :overseer = true)
                   or (s.status = org.kenes.statements.StatementStatus.DELIVERED
                       and (s.informationLevel = org.kenes.shared.InformationLevel.PUBLIC
                            or (s.informationLevel = org.kenes.shared.InformationLevel.PARTNERS and :participant = true))))
              and (:deliveredOnly = false or s.status = org.kenes.statements.StatementStatus.DELIVERED)""")
    Page<Statement> visible(String network, boolean member, boolean overseer, boolean participant, Collection<UUID> groups,
                            boolean deliveredOnly, Pageable page);

    /** Delivered public statements, for the public page and the feed. */
    @Query("""
            select s from Statement s
            where s.networkSlug = :network and s.status = org.kenes.statements.StatementStatus.DELIVERED
              and s.informationLevel = org.kenes.shared.InformationLevel.PUBLIC""")
    Page<Statement> published(String network, Pageable page);
}
