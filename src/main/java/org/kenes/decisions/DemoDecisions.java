package org.kenes.decisions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A year of consultations for both demo networks: decisions adopted by silence procedure and in writing (one
 * implemented, one overdue), one not adopted after an objection, one waiting for the government counterpart, and
 * consultations open now with some positions given.
 */
@Component
@Order(50)
class DemoDecisions implements ApplicationRunner {

    private final DemoMode demoMode;
    private final ProposalRepository proposals;
    private final Positions positions;
    private final Consultations consultations;
    private final DecisionRepository decisions;
    private final NetworkConfigurations networks;
    private final Clock clock;

    DemoDecisions(DemoMode demoMode, ProposalRepository proposals, Positions positions, Consultations consultations,
                  DecisionRepository decisions, NetworkConfigurations networks, Clock clock) {
        this.demoMode = demoMode;
        this.proposals = proposals;
        this.positions = positions;
        this.consultations = consultations;
        this.decisions = decisions;
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || proposals.count() > 0) {
            return;
        }
        seedKazakhstan();
        seedTurkmenistan();
    }

    private void seedKazakhstan() {
        String kz = "kazakhstan";
        UUID messages = past(kz, "Joint UN key messages for International Migrants Day",
                "The members agree the joint key messages on the rights of migrant workers and their families for International "
                        + "Migrants Day, to be used by every agency in its own communication.", false, Procedure.SILENCE_PROCEDURE, 300, 7);
        close(messages);
        implement(messages, Decision.Implementation.IMPLEMENTED, null, "Used in the statements of six agencies on 18 December");

        UUID labourGroup = past(kz, "Terms of reference of the Working Group on Labour Migration and Social Protection",
                "The network establishes a permanent Working Group on Labour Migration and Social Protection, led by IOM and UNDP, "
                        + "with the terms of reference attached.", false, Procedure.WRITTEN_CONSULTATION, 200, 14);
        everyone(labourGroup, PositionKind.SUPPORT, 199);
        close(labourGroup);
        implement(labourGroup, Decision.Implementation.IN_PROGRESS, today(kz).minusDays(20), "Work plan of the group still in draft");

        UUID quotas = past(kz, "UN recommendations on the draft law on labour migration quotas",
                "The network transmits its joint recommendations on the draft law to the Ministry of Labour and Social Protection of "
                        + "the Population.", true, Procedure.WRITTEN_CONSULTATION, 30, 14);
        everyone(quotas, PositionKind.SUPPORT, 29);
        close(quotas);

        UUID campaign = past(kz, "Joint position on the regularisation campaign",
                "The network issues a joint position welcoming the regularisation campaign for migrants in an irregular situation.",
                false, Procedure.SILENCE_PROCEDURE, 60, 5);
        give(campaign, "UNHCR", PositionKind.OBJECTION, "The text must first address the situation of stateless persons", 58);
        close(campaign);

        UUID workplan = open(kz, "Priorities of the 2027 joint workplan",
                "The members agree the four priorities of the 2027 joint workplan: labour migration governance, return and "
                        + "reintegration, migration data, and climate-related mobility.", Procedure.WRITTEN_CONSULTATION, 5);
        give(workplan, "IOM", PositionKind.SUPPORT, null, 1);
        give(workplan, "UNDP", PositionKind.NO_OBJECTION, null, 1);
        give(workplan, "UNESCO", PositionKind.STAND_ASIDE, "Migration data falls outside UNESCO's mandate in this country", 0);
    }

    private void seedTurkmenistan() {
        String tm = "turkmenistan";
        UUID census = past(tm, "Совместная позиция по вопросам миграции в переписи населения",
                "Члены Сети согласовывают совместные рекомендации по вопросам о миграции для следующей переписи населения.",
                false, Procedure.SILENCE_PROCEDURE, 120, 7);
        close(census);
        implement(census, Decision.Implementation.IN_PROGRESS, today(tm).plusMonths(2), "Рекомендации переданы в органы статистики");

        UUID day = open(tm, "Joint statement for International Migrants Day",
                "The network delivers a joint statement on safe and regular pathways for International Migrants Day.",
                Procedure.SILENCE_PROCEDURE, 3);
        give(day, "UNFPA", PositionKind.SUPPORT, null, 0);
    }

    /** A proposal opened some days ago whose deadline lies after its opening: built as it was then. */
    private UUID past(String slug, String title, String text, boolean stateRelevant, Procedure procedure, int daysAgo, int runDays) {
        Instant opened = clock.instant().minus(Duration.ofDays(daysAgo));
        Instant deadline = LocalDate.ofInstant(opened, zone(slug)).plusDays(runDays).atTime(LocalTime.of(18, 0)).atZone(zone(slug)).toInstant();
        return proposals.save(new Proposal(slug, null, null, title, text, null, stateRelevant, procedure, deadline,
                slug + "-cochair", opened)).id();
    }

    private UUID open(String slug, String title, String text, Procedure procedure, int daysLeft) {
        Instant deadline = today(slug).plusDays(daysLeft).atTime(LocalTime.of(18, 0)).atZone(zone(slug)).toInstant();
        return proposals.save(new Proposal(slug, null, null, title, text, null, false, procedure, deadline, slug + "-cochair",
                clock.instant().minus(Duration.ofDays(2)))).id();
    }

    private void everyone(UUID id, PositionKind kind, int daysAgo) {
        Proposal proposal = proposals.findById(id).orElseThrow();
        for (String member : consultations.membersOf(proposal)) {
            give(id, member, kind, null, daysAgo);
        }
    }

    private void give(UUID id, String organisation, PositionKind kind, String note, int daysAgo) {
        Proposal proposal = proposals.findById(id).orElseThrow();
        positions.give(id, proposal.round(), organisation, kind, note, proposal.networkSlug() + "-member",
                clock.instant().minus(Duration.ofDays(daysAgo)));
    }

    private void close(UUID id) {
        consultations.closeIfDue(id);
    }

    private void implement(UUID proposal, Decision.Implementation status, LocalDate due, String note) {
        decisions.findByProposalId(proposal).ifPresent(decision -> {
            decision.implementation(status, due, note);
            decisions.save(decision);
        });
    }

    private ZoneId zone(String slug) {
        return networks.of(slug).timeZone();
    }

    private LocalDate today(String slug) {
        return LocalDate.now(clock.withZone(zone(slug)));
    }
}
