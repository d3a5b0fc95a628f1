package org.kenes.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working groups "drawn from Network members and [that] may include external partners, including the MOL, MFA":
 * the network's members see every group; an external partner sees the groups its organisation takes part in, and
 * nothing else of the network.
 */
@Service
@Transactional
public class WorkingGroups {

    private final WorkingGroupRepository groups;
    private final MemberRepository memberships;
    private final OrganisationRepository organisations;
    private final MemberListQueries queries;
    private final Members members;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;

    WorkingGroups(WorkingGroupRepository groups, MemberRepository memberships, OrganisationRepository organisations,
                  MemberListQueries queries, Members members, NetworkConfigurations networks,
                  ApplicationEventPublisher events) {
        this.groups = groups;
        this.memberships = memberships;
        this.organisations = organisations;
        this.queries = queries;
        this.members = members;
        this.networks = networks;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<WorkingGroup.WorkingGroupSummary> list(String networkSlug, Viewer viewer) {
        LocalDate today = members.today(networkSlug);
        if (viewer.isMemberOf(networkSlug)) {
            return groups.findByNetworkSlugOrderByStartsOnDesc(networkSlug).stream().map(g -> g.summary(today)).toList();
        }
        List<WorkingGroup> own = viewer.workingGroups().isEmpty() ? List.of()
                : groups.findByNetworkSlugAndIdInOrderByStartsOnDesc(networkSlug, viewer.workingGroups());
        if (own.isEmpty()) {
            throw new AccessDeniedException("Not a participant of " + networkSlug);
        }
        return own.stream().map(g -> g.summary(today)).toList();
    }

    @Transactional(readOnly = true)
    public GroupPage group(String networkSlug, UUID groupId, Viewer viewer) {
        WorkingGroup group = find(networkSlug, groupId);
        if (!viewer.isMemberOf(networkSlug) && !viewer.inWorkingGroup(groupId)) {
            throw new AccessDeniedException("Not a participant of this working group");
        }
        LocalDate today = members.today(networkSlug);
        return new GroupPage(group.summary(today), queries.asOf(networkSlug, groupId, today));
    }

    public UUID establish(String networkSlug, NewWorkingGroup request, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        if (groups.existsByNetworkSlugAndNameEn(networkSlug, request.nameEn().strip())) {
            throw new RuleViolation("workingGroup.duplicateName", "nameEn");
        }
        String country = networks.of(networkSlug).country();
        for (String lead : request.leads()) {
            var organisation = organisations.findForNetwork(lead, country).stream().findFirst();
            if (organisation.isEmpty() || !memberships.isCurrentFullMember(networkSlug, organisation.get().id())) {
                throw new RuleViolation("workingGroup.leadNotMember", "leads", lead);
            }
        }
        WorkingGroup group = groups.save(new WorkingGroup(networkSlug, request));
        events.publishEvent(new WorkingGroupEstablished(networkSlug, group.id(), request.nameEn(), Actors.current()));
        return group.id();
    }

    /** Adds an organisation to a group with the person who represents it there. */
    public void addMember(String networkSlug, UUID groupId, NewGroupMember request, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        WorkingGroup group = find(networkSlug, groupId);
        LocalDate today = members.today(networkSlug);
        group.requireOpen(today);
        add(group, request, today);
    }

    /** For start-up work (demo), without a viewer. */
    WorkingGroup seedGroup(String networkSlug, NewWorkingGroup request) {
        return groups.save(new WorkingGroup(networkSlug, request));
    }

    /** For start-up work (demo), without a viewer. */
    void seedMember(WorkingGroup group, NewGroupMember request, LocalDate from, UUID accountId) {
        Person person = add(group, request, from);
        if (accountId != null) {
            person.linkAccount(accountId);
        }
    }

    private Person add(WorkingGroup group, NewGroupMember request, LocalDate from) {
        String networkSlug = group.networkSlug();
        Organisation organisation = organisations.findForNetwork(request.acronym().strip(), networks.of(networkSlug).country())
                .stream().findFirst()
                .orElseThrow(() -> new RuleViolation("workingGroup.unknownOrganisation", "acronym", request.acronym()));
        if (request.role() != MemberRole.MEMBER && request.role() != MemberRole.EXTERNAL_PARTNER) {
            throw new RuleViolation("workingGroup.role", "role");
        }
        if (request.role() == MemberRole.MEMBER && !memberships.isCurrentFullMember(networkSlug, organisation.id())) {
            throw new RuleViolation("workingGroup.memberNotInNetwork", "role", organisation.code());
        }
        if (memberships.isCurrentGroupMember(group.id(), organisation.id())) {
            throw new RuleViolation("workingGroup.duplicateMember", "acronym", organisation.code());
        }
        Member member = memberships.save(new Member(networkSlug, group.id(), organisation.id(), request.role(), from));
        members.recordJoined(member, from);
        return members.appoint(member, organisation, request.focalPoint(), FocalPointKind.PRINCIPAL, from);
    }

    WorkingGroup find(String networkSlug, UUID groupId) {
        return groups.findByIdAndNetworkSlug(groupId, networkSlug).orElseThrow(() -> new WorkingGroupNotFound(groupId));
    }

    /** A group with its current members and their focal points. */
    public record GroupPage(WorkingGroup.WorkingGroupSummary group, List<MemberListEntry> members) {
    }

    public static class WorkingGroupNotFound extends org.kenes.shared.NotFoundException {
        WorkingGroupNotFound(UUID id) {
            super("No working group " + id + " in this network");
        }
    }
}
