package org.kenes.shared;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is looking: the same value reaches pages, the API, search, exports, feeds and e-mail, so each of them
 * answers "may this person see that?" the same way.
 *
 * @param accountId null for an anonymous visitor
 * @param roles         the person's roles per network slug
 * @param workingGroups the working groups the person takes part in, through their organisation
 * @param organisations per network slug, the organisations the person is a focal point of there today (in the network
 *                      or one of its working groups), which is what invitations name; a UN entity is one organisation
 *                      in every network, so the network always goes with it
 */
public record Viewer(UUID accountId, String username, boolean platformAdmin, Map<String, Set<NetworkRole>> roles,
                     Set<UUID> workingGroups, Map<String, Set<UUID>> organisations) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, false, Map.of(), Set.of(), Map.of());

    /**
     * Who a background job acts as when it carries out what the secretariat set in motion (sending the circulated
     * agenda, reminding owners of action points): the network's secretariat, and nobody in particular.
     */
    public static Viewer actingForSecretariatOf(String networkSlug) {
        return new Viewer(new UUID(0, 0), Actors.SYSTEM, false, Map.of(networkSlug, Set.of(NetworkRole.SECRETARIAT)), Set.of(),
                Map.of());
    }

    public Viewer {
        roles = Map.copyOf(roles);
        workingGroups = Set.copyOf(workingGroups);
        organisations = Map.copyOf(organisations);
    }

    /** The organisations the person is a focal point of in a network. */
    public Set<UUID> organisationsIn(String networkSlug) {
        return organisations.getOrDefault(networkSlug, Set.of());
    }

    /** Whether the person speaks, in this network, for one of these organisations. */
    public boolean speaksForAnyOf(String networkSlug, java.util.Collection<UUID> invited) {
        Set<UUID> own = organisationsIn(networkSlug);
        return invited.stream().anyMatch(own::contains);
    }

    public boolean inWorkingGroup(UUID workingGroupId) {
        return workingGroups.contains(workingGroupId);
    }

    public boolean isAnonymous() {
        return accountId == null;
    }

    public Set<NetworkRole> rolesIn(String networkSlug) {
        return roles.getOrDefault(networkSlug, Set.of());
    }

    public boolean has(String networkSlug, NetworkRole role) {
        return rolesIn(networkSlug).contains(role);
    }

    /** Co-chairs, secretariat and focal points of member agencies. */
    public boolean isMemberOf(String networkSlug) {
        return rolesIn(networkSlug).stream().anyMatch(NetworkRole::isMember);
    }

    /** Anyone with a role in the network, external partners and observers included. */
    public boolean participatesIn(String networkSlug) {
        return !rolesIn(networkSlug).isEmpty();
    }

    /** Whether this person may see a network-wide item of that level. */
    public boolean maySee(String networkSlug, InformationLevel level) {
        return switch (level) {
            case PUBLIC -> true;
            case PARTNERS -> participatesIn(networkSlug);
            case INTERNAL -> isMemberOf(networkSlug);
            // a working-group item needs its group: see the three-argument form
            case WORKING_GROUP -> isSecretariatOf(networkSlug);
        };
    }

    /** Whether this person may see an item of that level belonging to one of the network's working groups. */
    public boolean maySee(String networkSlug, InformationLevel level, UUID workingGroupId) {
        return level == InformationLevel.WORKING_GROUP
                ? inWorkingGroup(workingGroupId) || isSecretariatOf(networkSlug)
                : maySee(networkSlug, level);
    }

    public boolean isSecretariatOf(String networkSlug) {
        return has(networkSlug, NetworkRole.SECRETARIAT);
    }

    public Set<String> networks() {
        return roles.keySet();
    }
}
