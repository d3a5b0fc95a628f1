package org.kenes.membership;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who take part in a network today and can sign in: focal points of its members, external partners and
 * observers, of the network or one of its working groups, and its co-chairs; each once, with the address and language
 * Kenes writes to them in. What each of them may read is their own {@link Viewer}'s business, not this list's.
 */
@Service
@Transactional(readOnly = true)
public class NetworkPeople {

    private final JdbcClient jdbc;
    private final NetworkConfigurations networks;
    private final Clock clock;

    NetworkPeople(JdbcClient jdbc, NetworkConfigurations networks, Clock clock) {
        this.jdbc = jdbc;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * A person of the network with an account.
     *
     * @param email  the work address of their appointment in this network (a network appointment before a working
     *               group's, before a co-chair position's)
     * @param locale Russian for those who work in Russian, Kazakh or Turkmen first, English for others, as for every
     *               notice
     */
    public record NetworkPerson(UUID accountId, String email, Locale locale) {
    }

    /** Who a job of the secretariat (a digest, say) writes to; the list itself is the secretariat's to read. */
    public List<NetworkPerson> withAccounts(String networkSlug, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        LocalDate today = LocalDate.now(clock.withZone(networks.of(networkSlug).timeZone()));
        Map<UUID, NetworkPerson> people = new LinkedHashMap<>();
        jdbc.sql("""
                        select p.account_id, p.email, p.languages,
                               case when m.working_group_id is null then 0 else 1 end as appointment_order
                          from membership_focal_point f
                          join membership_member m on m.id = f.member_id
                          join membership_person p on p.id = f.person_id
                         where m.network_slug = :network and p.account_id is not null
                           and f.from_date <= :today and (f.to_date is null or f.to_date > :today)
                           and m.joined_on <= :today and (m.left_on is null or m.left_on > :today)
                        union all
                        select p.account_id, p.email, p.languages, 2 as appointment_order
                          from membership_co_chair_term t
                          join membership_person p on p.id = t.person_id
                         where t.network_slug = :network and p.account_id is not null
                           and t.from_date <= :today and (t.to_date is null or t.to_date > :today)
                         order by appointment_order, email""")
                .param("network", networkSlug)
                .param("today", Date.valueOf(today))
                .query(rs -> {
                    UUID account = rs.getObject(1, UUID.class);
                    people.putIfAbsent(account, new NetworkPerson(account, rs.getString(2), localeOf(rs.getString(3))));
                });
        return new ArrayList<>(people.values());
    }

    /** As {@link MemberListEntry.FocalPointEntry#preferredLocale()}. */
    private static Locale localeOf(String languages) {
        return languages != null && languages.matches("^(ru|kk|tk).*") ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }
}
