package org.kenes.membership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByIdAndNetworkSlug(UUID id, String networkSlug);

    @Query("""
            select count(m) > 0 from Member m
            where m.networkSlug = :networkSlug and m.workingGroupId is null and m.organisationId = :organisationId
              and m.leftOn is null""")
    boolean isCurrentMember(String networkSlug, UUID organisationId);

    @Query("""
            select count(m) > 0 from Member m
            where m.networkSlug = :networkSlug and m.workingGroupId is null and m.organisationId = :organisationId""")
    boolean everMember(String networkSlug, UUID organisationId);
}
