package org.kenes.membership;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MemberRepository extends JpaRepository<Member, UUID> {

    Optional<Member> findByIdAndNetworkSlugAndWorkingGroupIdIsNull(UUID id, String networkSlug);

    @Query("""
            select count(m) > 0 from Member m
            where m.networkSlug = :networkSlug and m.workingGroupId is null and m.organisationId = :organisationId
              and m.leftOn is null""")
    boolean isCurrentMember(String networkSlug, UUID organisationId);

    /** A member in the ToR's sense: the coordinator and secretariat, or a member agency; not a partner or observer. */
    @Query("""
            select count(m) > 0 from Member m
            where m.networkSlug = :networkSlug and m.workingGroupId is null and m.organisationId = :organisationId
              and m.leftOn is null
              and m.role in (org.kenes.membership.MemberRole.MEMBER, org.kenes.membership.MemberRole.COORDINATOR_SECRETARIAT)""")
    boolean isCurrentFullMember(String networkSlug, UUID organisationId);

    @Query("""
            select count(m) > 0 from Member m
            where m.workingGroupId = :groupId and m.organisationId = :organisationId and m.leftOn is null""")
    boolean isCurrentGroupMember(UUID groupId, UUID organisationId);

    @Query("""
            select count(m) > 0 from Member m
            where m.networkSlug = :networkSlug and m.workingGroupId is null and m.organisationId = :organisationId""")
    boolean everMember(String networkSlug, UUID organisationId);
}
