package org.kenes.shared;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who is looking: the same value reaches pages, the API, search, exports, feeds and e-mail, so each of them
 * answers "may this person see that?" the same way.
 *
 * @param accountId null for an anonymous visitor
 * @param roles     the person's roles per network slug
 */
public record Viewer(UUID accountId, String username, boolean platformAdmin, Map<String, Set<NetworkRole>> roles) {

    public static final Viewer ANONYMOUS = new Viewer(null, null, false, Map.of());

    public Viewer {
        roles = Map.copyOf(roles);
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

    /** The lowest level of a network's items this person may see, or null if only public items. */
    public boolean maySee(String networkSlug, InformationLevel level) {
        return switch (level) {
            case PUBLIC -> true;
            case PARTNERS -> participatesIn(networkSlug);
            case INTERNAL, WORKING_GROUP -> isMemberOf(networkSlug);
        };
    }

    public boolean isSecretariatOf(String networkSlug) {
        return has(networkSlug, NetworkRole.SECRETARIAT);
    }

    public Set<String> networks() {
        return roles.keySet();
    }
}
