package org.kenes.membership;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.Viewer;
import org.kenes.shared.ViewerSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the viewer from what the person currently is: focal point of a member organisation (network or working
 * group), or holder of a co-chair position. One query.
 */
@Component
class Viewers implements ViewerSource {

    private final JdbcClient jdbc;
    private final Clock clock;

    Viewers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Viewer viewerOf(UUID accountId, String username, boolean platformAdmin) {
        Date today = Date.valueOf(LocalDate.now(clock));
        Map<String, Set<NetworkRole>> roles = new HashMap<>();
        Set<UUID> workingGroups = new HashSet<>();
        Map<String, Set<UUID>> organisations = new HashMap<>();
        jdbc.sql("""
                        select m.network_slug, m.working_group_id, m.role, null as position_code, m.organisation_id
                          from membership_focal_point f
                          join membership_member m on m.id = f.member_id
                          join membership_person p on p.id = f.person_id
                         where p.account_id = :account
                           and f.from_date <= :today and (f.to_date is null or f.to_date > :today)
                           and m.joined_on <= :today and (m.left_on is null or m.left_on > :today)
                        union all
                        select t.network_slug, null, null, t.position_code, null
                          from membership_co_chair_term t
                          join membership_person p on p.id = t.person_id
                         where p.account_id = :account
                           and t.from_date <= :today and (t.to_date is null or t.to_date > :today)""")
                .param("account", accountId)
                .param("today", today)
                .query(rs -> {
                    String network = rs.getString(1);
                    UUID workingGroup = rs.getObject(2, UUID.class);
                    String role = rs.getString(3);
                    UUID organisation = rs.getObject(5, UUID.class);
                    if (organisation != null) {
                        organisations.computeIfAbsent(network, slug -> new HashSet<>()).add(organisation);
                    }
                    if (workingGroup != null) {
                        workingGroups.add(workingGroup);
                    } else {
                        NetworkRole networkRole = role == null ? NetworkRole.CO_CHAIR : MemberRole.valueOf(role).focalPointRole();
                        roles.computeIfAbsent(network, slug -> EnumSet.noneOf(NetworkRole.class)).add(networkRole);
                    }
                });
        roles.replaceAll((slug, set) -> Set.copyOf(set));
        organisations.replaceAll((slug, set) -> Set.copyOf(set));
        return new Viewer(accountId, username, platformAdmin, roles, workingGroups, organisations);
    }
}
