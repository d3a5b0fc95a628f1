package org.kenes.membership;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the member list of a body as of a date: two queries, whatever its size. */
@Component
class MemberListQueries {

    private final JdbcClient jdbc;

    MemberListQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberListEntry> asOf(String networkSlug, UUID workingGroupId, LocalDate date) {
        Map<UUID, MemberListEntry> members = new LinkedHashMap<>();
        Map<UUID, List<MemberListEntry.FocalPointEntry>> focalPoints = new LinkedHashMap<>();
        String body = workingGroupId == null ? "m.working_group_id is null" : "m.working_group_id = :group";
        jdbc.sql("""
                        select m.id, o.id, o.code, o.name_en, o.name_ru, o.kind, m.role, m.joined_on, m.left_on
                          from membership_member m join membership_organisation o on o.id = m.organisation_id
                         where m.network_slug = :network and %s
                           and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)
                         order by case m.role when 'COORDINATOR_SECRETARIAT' then 0 when 'MEMBER' then 1
                                  when 'EXTERNAL_PARTNER' then 2 else 3 end, o.code""".formatted(body))
                .params(workingGroupId == null
                        ? Map.of("network", networkSlug, "day", Date.valueOf(date))
                        : Map.of("network", networkSlug, "day", Date.valueOf(date), "group", workingGroupId))
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    List<MemberListEntry.FocalPointEntry> list = new ArrayList<>();
                    focalPoints.put(id, list);
                    members.put(id, new MemberListEntry(id, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), OrganisationKind.valueOf(rs.getString(6)), MemberRole.valueOf(rs.getString(7)),
                            rs.getDate(8).toLocalDate(), rs.getDate(9) == null ? null : rs.getDate(9).toLocalDate(), list));
                });
        if (members.isEmpty()) {
            return List.of();
        }
        jdbc.sql("""
                        select f.member_id, f.id, p.id, p.full_name, p.position, p.email, p.phone, p.languages, f.kind,
                               f.from_date, f.to_date, p.account_id
                          from membership_focal_point f join membership_person p on p.id = f.person_id
                         where f.member_id in (:members)
                           and f.from_date <= :day and (f.to_date is null or f.to_date > :day)
                         order by f.kind desc, p.full_name""")
                .param("members", members.keySet()).param("day", Date.valueOf(date))
                .query(rs -> {
                    focalPoints.get(rs.getObject(1, UUID.class)).add(focalPoint(rs));
                });
        return List.copyOf(members.values());
    }

    /** The organisations a person currently acts for as a focal point in the network. */
    List<String> organisationsOf(String networkSlug, UUID accountId, LocalDate day) {
        return jdbc.sql("""
                        select distinct o.code
                          from membership_focal_point f
                          join membership_member m on m.id = f.member_id
                          join membership_person p on p.id = f.person_id
                          join membership_organisation o on o.id = m.organisation_id
                         where p.account_id = :account and m.network_slug = :network and m.working_group_id is null
                           and f.from_date <= :day and (f.to_date is null or f.to_date > :day)
                           and m.joined_on <= :day and (m.left_on is null or m.left_on > :day)""")
                .param("account", accountId).param("network", networkSlug).param("day", Date.valueOf(day))
                .query(String.class).list();
    }

    /** Every focal point the member has had, current and past, newest first. */
    List<MemberListEntry.FocalPointEntry> focalPointHistory(UUID memberId) {
        return jdbc.sql("""
                        select f.member_id, f.id, p.id, p.full_name, p.position, p.email, p.phone, p.languages, f.kind,
                               f.from_date, f.to_date, p.account_id
                          from membership_focal_point f join membership_person p on p.id = f.person_id
                         where f.member_id = :member order by f.from_date desc, f.kind desc""")
                .param("member", memberId)
                .query((rs, row) -> focalPoint(rs)).list();
    }

    private static MemberListEntry.FocalPointEntry focalPoint(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new MemberListEntry.FocalPointEntry(rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                FocalPointKind.valueOf(rs.getString(9)), rs.getDate(10).toLocalDate(),
                rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(), rs.getObject(12) != null);
    }

    List<HistoryLine> history(String networkSlug, int page, int size) {
        return jdbc.sql("""
                        select c.effective_on, c.kind, o.code, p.full_name, c.details, c.actor
                          from membership_change c
                          join membership_organisation o on o.id = c.organisation_id
                          left join membership_person p on p.id = c.person_id
                         where c.network_slug = :network and c.working_group_id is null
                         order by c.effective_on desc, c.recorded_at desc
                         limit :size offset :offset""")
                .param("network", networkSlug).param("size", size).param("offset", page * size)
                .query((rs, row) -> new HistoryLine(rs.getDate(1).toLocalDate(), MembershipChangeKind.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    long historySize(String networkSlug) {
        return jdbc.sql("select count(*) from membership_change where network_slug = :network and working_group_id is null")
                .param("network", networkSlug).query(Long.class).single();
    }


    /** The co-chairs on a date: position, person, organisation. */
    List<CoChair> coChairs(String networkSlug, LocalDate date) {
        return jdbc.sql("""
                        select t.position_code, p.full_name, p.position, p.email, o.code
                          from membership_co_chair_term t
                          join membership_person p on p.id = t.person_id
                          join membership_organisation o on o.id = p.organisation_id
                         where t.network_slug = :network and t.from_date <= :day and (t.to_date is null or t.to_date > :day)
                         order by t.position_code""")
                .param("network", networkSlug).param("day", Date.valueOf(date))
                .query((rs, row) -> new CoChair(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

}
