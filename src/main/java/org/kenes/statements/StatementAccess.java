package org.kenes.statements;

import java.util.UUID;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and act on a statement. Until it is delivered a statement stays with its body: the network's members
 * (co-chairs, secretariat, member agencies' focal points), or a working group's participants with the secretariat and
 * the co-chairs who sign it off. Once delivered it reaches its level: the network's partners and observers, or anyone.
 * The register's query ({@link StatementRepository#visible}) applies the same rule.
 */
final class StatementAccess {

    private StatementAccess() {
    }

    static boolean inBody(Viewer viewer, String networkSlug, UUID workingGroupId) {
        return workingGroupId == null
                ? viewer.isMemberOf(networkSlug)
                : viewer.inWorkingGroup(workingGroupId) || overseer(viewer, networkSlug);
    }

    /** The secretariat and the co-chairs, who see every working group's statements. */
    static boolean overseer(Viewer viewer, String networkSlug) {
        return viewer.isSecretariatOf(networkSlug) || viewer.has(networkSlug, NetworkRole.CO_CHAIR);
    }

    static boolean mayRead(Viewer viewer, Statement statement) {
        if (inBody(viewer, statement.networkSlug(), statement.workingGroupId())) {
            return true;
        }
        if (statement.status() != StatementStatus.DELIVERED) {
            return false;
        }
        return switch (statement.informationLevel()) {
            case PUBLIC -> true;
            case PARTNERS -> viewer.participatesIn(statement.networkSlug());
            case INTERNAL, WORKING_GROUP -> false;
        };
    }

    /**
     * The level a delivered statement has in the library, where the same people read it as here: its own level, except
     * that a working group's statement kept internal reaches the group (and the secretariat) only, not every member.
     */
    static org.kenes.shared.InformationLevel levelInTheLibrary(UUID workingGroupId, org.kenes.shared.InformationLevel level) {
        return workingGroupId != null && level == org.kenes.shared.InformationLevel.INTERNAL
                ? org.kenes.shared.InformationLevel.WORKING_GROUP : level;
    }

    /** Drafting, putting to the members, publishing and delivering: a co-chair, or the secretariat on the co-chairs' behalf. */
    static boolean convener(Viewer viewer, String networkSlug) {
        return viewer.has(networkSlug, NetworkRole.CO_CHAIR) || viewer.isSecretariatOf(networkSlug);
    }

    static void requireConvener(Viewer viewer, String networkSlug) {
        if (!convener(viewer, networkSlug)) {
            throw new AccessDeniedException("A co-chair, or the secretariat on the co-chairs' behalf, acts on joint statements");
        }
    }
}
