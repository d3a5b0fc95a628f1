package org.kenes.membership;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of external stakeholders (ToR: "Promote cooperation and exchanges between Migration Network members
 * and external parties") and the log of the network's engagement with them. Internal to the network's members;
 * the secretariat keeps the register, any member logs an engagement.
 */
@Service
@Transactional
public class Stakeholders {

    private final JdbcClient jdbc;
    private final OrganisationRepository organisations;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Stakeholders(JdbcClient jdbc, OrganisationRepository organisations, NetworkConfigurations networks,
                 ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Stakeholder> register(String networkSlug, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        return jdbc.sql("""
                        select s.id, o.code, o.name_en, o.name_ru, o.kind, s.focus, s.contact_name, s.contact_email, s.added_on,
                               (select count(*) from membership_engagement e where e.stakeholder_id = s.id),
                               (select max(e.occurred_on) from membership_engagement e where e.stakeholder_id = s.id),
                               s.organisation_id
                          from membership_stakeholder s join membership_organisation o on o.id = s.organisation_id
                         where s.network_slug = ? order by o.code""")
                .param(networkSlug)
                .query((rs, row) -> new Stakeholder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        OrganisationKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getDate(9).toLocalDate(), rs.getInt(10), rs.getDate(11) == null ? null : rs.getDate(11).toLocalDate(),
                        rs.getObject(12, UUID.class)))
                .list();
    }

    public UUID add(String networkSlug, NewStakeholder request, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        return add(networkSlug, request, Actors.current());
    }

    UUID add(String networkSlug, NewStakeholder request, String actor) {
        String country = networks.of(networkSlug).country();
        Organisation organisation = organisations.findForNetwork(request.acronym().strip(), country).stream().findFirst()
                .orElseGet(() -> {
                    if (request.nameEn() == null || request.nameEn().isBlank()) {
                        throw new RuleViolation("membership.organisation.nameNeeded", "nameEn", request.acronym().strip());
                    }
                    return organisations.saveAndFlush(new Organisation(request.acronym(),
                            request.kind() == OrganisationKind.UN_ENTITY ? null : country, request.kind(), request.nameEn(),
                            request.nameRu(), null));
                });
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into membership_stakeholder (id, network_slug, organisation_id, focus, contact_name, contact_email, added_on)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, networkSlug, organisation.id(), request.focus().strip(), blankToNull(request.contactName()),
                            blankToNull(request.contactEmail()), Date.valueOf(LocalDate.now(clock.withZone(networks.of(networkSlug).timeZone()))))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RuleViolation("stakeholder.duplicate", "acronym", organisation.code());
        }
        events.publishEvent(new StakeholderRecorded(networkSlug, id, "stakeholder", "created", organisation.code(), actor));
        return id;
    }

    @Transactional(readOnly = true)
    public List<Engagement> log(String networkSlug, int page, int size, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        return jdbc.sql("""
                        select e.id, e.occurred_on, e.kind, o.code, e.participants, e.summary, e.follow_up, e.recorded_by
                          from membership_engagement e
                          join membership_stakeholder s on s.id = e.stakeholder_id
                          join membership_organisation o on o.id = s.organisation_id
                         where e.network_slug = ? order by e.occurred_on desc, e.recorded_at desc limit ? offset ?""")
                .params(networkSlug, size, page * size)
                .query((rs, row) -> new Engagement(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                        NewEngagement.EngagementKind.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8)))
                .list();
    }

    @Transactional(readOnly = true)
    public long logSize(String networkSlug) {
        return jdbc.sql("select count(*) from membership_engagement where network_slug = ?").param(networkSlug)
                .query(Long.class).single();
    }

    /** Any member of the network logs an engagement with a stakeholder of its register. */
    public UUID record(String networkSlug, NewEngagement request, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        return record(networkSlug, request, Actors.current());
    }

    UUID record(String networkSlug, NewEngagement request, String actor) {
        boolean known = jdbc.sql("select count(*) from membership_stakeholder where id = ? and network_slug = ?")
                .params(request.stakeholderId(), networkSlug).query(Integer.class).single() > 0;
        if (!known) {
            throw new RuleViolation("engagement.unknownStakeholder", "stakeholderId");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into membership_engagement (id, network_slug, occurred_on, kind, stakeholder_id, participants, summary,
                                                           follow_up, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, networkSlug, Date.valueOf(request.occurredOn()), request.kind().name(), request.stakeholderId(),
                        blankToNull(request.participants()), request.summary().strip(), blankToNull(request.followUp()), actor,
                        Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new StakeholderRecorded(networkSlug, id, "engagement", "created", request.kind().name(), actor));
        return id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record Stakeholder(UUID id, String acronym, String nameEn, String nameRu, OrganisationKind kind, String focus,
                              String contactName, String contactEmail, LocalDate addedOn, int engagements,
                              LocalDate lastEngagement, UUID organisationId) {

        public String name(java.util.Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }

    public record Engagement(UUID id, LocalDate occurredOn, NewEngagement.EngagementKind kind, String stakeholder,
                             String participants, String summary, String followUp, String recordedBy) {
    }
}
