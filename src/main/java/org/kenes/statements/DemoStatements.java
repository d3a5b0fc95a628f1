package org.kenes.statements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.NewProposal;
import org.kenes.decisions.PositionKind;
import org.kenes.decisions.Procedure;
import org.kenes.decisions.ProposalView;
import org.kenes.membership.CoChair;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.DemoMode;
import org.kenes.shared.Hashes;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint statements for both demo networks: the statement for the last International Migrants Day, delivered and
 * public; one the members have endorsed, waiting for the co-chairs' sign-off; one draft in its second version. The
 * endorsements go through real consultations (in a meeting, every member supporting), so they are in the register of
 * decisions, dated the day the demo was set up.
 */
@Component
@Order(60)
class DemoStatements implements ApplicationRunner {

    private final DemoMode demoMode;
    private final StatementRepository repository;
    private final Statements statements;
    private final Consultations consultations;
    private final Members members;
    private final NetworkConfigurations networks;
    private final Clock clock;

    DemoStatements(DemoMode demoMode, StatementRepository repository, Statements statements, Consultations consultations,
                   Members members, NetworkConfigurations networks, Clock clock) {
        this.demoMode = demoMode;
        this.repository = repository;
        this.statements = statements;
        this.consultations = consultations;
        this.members = members;
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || repository.count() > 0) {
            return;
        }
        for (var summary : networks.all()) {
            if (summary.slug().equals("kazakhstan")) {
                seed(networks.of("kazakhstan"), Kazakhstan.DAY, Kazakhstan.DAY_V1, Kazakhstan.RECRUITMENT, Kazakhstan.CLIMATE_V1,
                        Kazakhstan.CLIMATE_V2, "Event of the UN Country Team and the Ministry of Labour and Social Protection "
                                + "for International Migrants Day, Astana");
            } else if (summary.slug().equals("turkmenistan")) {
                seed(networks.of("turkmenistan"), Turkmenistan.DAY, Turkmenistan.DAY_V1, Turkmenistan.DATA, Turkmenistan.TRAFFICKING_V1,
                        Turkmenistan.TRAFFICKING_V2, "Round table on International Migrants Day at the UN House, Ashgabat");
            }
        }
    }

    private void seed(NetworkConfiguration network, List<LanguageText> day, List<LanguageText> dayFirst,
                      List<LanguageText> endorsed, List<LanguageText> draftFirst, List<LanguageText> draftSecond, String occasion) {
        String slug = network.slug();
        ZoneId zone = network.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate migrantsDay = LocalDate.of(today.getYear(), 12, 18);
        if (migrantsDay.isAfter(today)) {
            migrantsDay = migrantsDay.minusYears(1);
        }
        String secretariat = slug + "-secretariat";
        String coChair = slug + "-cochair";

        // delivered on the last International Migrants Day, public
        Statement delivered = new Statement(slug, null, network.languages(), dayFirst, null, secretariat, at(migrantsDay.minusDays(30), zone));
        delivered.revise(network.languages(), day, "Figures of the year and the paragraph on families added", coChair,
                at(migrantsDay.minusDays(21), zone));
        endorse(delivered, network, at(migrantsDay.minusDays(14), zone), at(migrantsDay.minusDays(7), zone));
        delivered.changeLevel(InformationLevel.PUBLIC, at(migrantsDay.minusDays(7), zone));
        List<String> positions = network.coChairs().stream().map(NetworkConfiguration.CoChairPosition::code).toList();
        List<CoChair> holders = members.coChairs(slug, today, Viewer.actingForSecretariatOf(slug));
        // the Resident Coordinator signs in Kenes; the secretariat records the other co-chair's sign-off, given by e-mail
        String signsInKenes = network.coChairs().getFirst().code();
        for (CoChair holder : holders) {
            boolean own = holder.positionCode().equals(signsInKenes);
            delivered.signOff(new SignOff(holder.positionCode(), delivered.currentVersion(), holder.fullName(), holder.position(),
                    holder.organisation(), own ? coChair : secretariat, at(migrantsDay.minusDays(own ? 5 : 4), zone), !own), positions);
        }
        if (delivered.status() == StatementStatus.SIGNED_OFF) {
            delivered.deliver(migrantsDay, occasion, coChair, today, zone, migrantsDay.atTime(LocalTime.of(12, 0)).atZone(zone).toInstant());
        }
        repository.save(delivered);
        if (delivered.status() == StatementStatus.DELIVERED) {
            // in the library too, as every delivered statement
            statements.fileInLibrary(delivered);
        }

        // endorsed by the members this week, waiting for the co-chairs
        Statement awaiting = new Statement(slug, null, network.languages(), endorsed, null, secretariat, at(today.minusDays(16), zone));
        endorse(awaiting, network, at(today.minusDays(9), zone), null);
        repository.save(awaiting);
        // the co-chairs are asked to sign it off, as after any endorsement
        statements.consultationEnded(slug, awaiting.current().proposalId());

        // a draft in its second version
        Statement draft = new Statement(slug, null, network.languages(), draftFirst, null, secretariat, at(today.minusDays(12), zone));
        draft.revise(network.languages(), draftSecond, "Comments of UNHCR and UNDP taken in", secretariat, at(today.minusDays(3), zone));
        repository.save(draft);
    }

    /**
     * Puts the current version to the members in a meeting where each member supports it, and closes the round: the
     * consultation adopts it. With a time given the statement is endorsed at once, as of then; without, the outcome is
     * left to the statement's own handling of the consultation's end.
     */
    private void endorse(Statement statement, NetworkConfiguration network, Instant putToMembers, Instant endorsedAt) {
        String slug = network.slug();
        Viewer secretariat = Viewer.actingForSecretariatOf(slug);
        String text = Statements.endorsementText(statement.current(), network.languages());
        UUID proposal = consultations.open(slug, new NewProposal(statements.proposalTitle(statement, network), text, null, false,
                Procedure.IN_MEETING, null, null, null, null), secretariat);
        statement.putToMembers(proposal, Hashes.sha256Hex(text), putToMembers);
        for (ProposalView.MemberLine member : consultations.forNotice(slug, proposal).members()) {
            consultations.givePosition(slug, proposal, member.organisation(), PositionKind.SUPPORT, null, secretariat);
        }
        consultations.closeInMeeting(slug, proposal, secretariat);
        if (endorsedAt != null) {
            ProposalView adopted = consultations.forNotice(slug, proposal);
            statement.endorsementEnded(proposal, adopted.status(), adopted.outcomeReason(), adopted.decisionNumber(), true, endorsedAt);
        }
    }

    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(10, 30)).atZone(zone).toInstant();
    }

    private static List<LanguageText> texts(String titleEn, String textEn, String titleRu, String textRu) {
        return List.of(new LanguageText("en", titleEn, textEn), new LanguageText("ru", titleRu, textRu));
    }

    /** The Kazakhstan network's statements (invented for the demo). */
    private static final class Kazakhstan {

        static final List<LanguageText> DAY_V1 = texts(
                "Joint statement for International Migrants Day",
                """
                On International Migrants Day, the United Nations Migration Network in Kazakhstan recognises the contribution \
                of migrant workers to the economy and society of Kazakhstan.

                The Network calls for decent work for all migrant workers, for fair and ethical recruitment, and for access to \
                health care and justice regardless of status.""",
                "Совместное заявление по случаю Международного дня мигрантов",
                """
                В Международный день мигрантов Сеть ООН по вопросам миграции в Казахстане отмечает вклад трудящихся-мигрантов \
                в экономику и общество Казахстана.

                Сеть призывает обеспечить достойный труд для всех трудящихся-мигрантов, справедливый и этичный наём, а также \
                доступ к медицинской помощи и правосудию независимо от статуса.""");

        static final List<LanguageText> DAY = texts(
                "Joint statement for International Migrants Day",
                """
                On International Migrants Day, the United Nations Migration Network in Kazakhstan recognises the contribution \
                of migrant workers and their families to the economy and society of Kazakhstan, and the remittances that \
                sustain households across Central Asia.

                Speaking with one voice, the Network calls for decent work for all migrant workers, for fair and ethical \
                recruitment, and for access to health care, education for their children and justice regardless of status.

                The Network stands ready to support the Government of Kazakhstan in implementing the Global Compact for Safe, \
                Orderly and Regular Migration, in line with the 2030 Agenda for Sustainable Development.""",
                "Совместное заявление по случаю Международного дня мигрантов",
                """
                В Международный день мигрантов Сеть ООН по вопросам миграции в Казахстане отмечает вклад трудящихся-мигрантов и \
                членов их семей в экономику и общество Казахстана, а также денежные переводы, которые поддерживают \
                домохозяйства по всей Центральной Азии.

                Выступая единым голосом, Сеть призывает обеспечить достойный труд для всех трудящихся-мигрантов, \
                справедливый и этичный наём, доступ к медицинской помощи, образованию для их детей и правосудию независимо \
                от статуса.

                Сеть готова поддержать Правительство Казахстана в осуществлении Глобального договора о безопасной, \
                упорядоченной и легальной миграции в соответствии с Повесткой дня в области устойчивого развития на период \
                до 2030 года.""");

        static final List<LanguageText> RECRUITMENT = texts(
                "Joint statement on the ethical recruitment of migrant workers",
                """
                The United Nations Migration Network in Kazakhstan welcomes the steps taken to regulate private employment \
                agencies and calls for the principle that workers pay no recruitment fees or related costs.

                The Network offers its support to the Ministry of Labour and Social Protection of the Population in \
                strengthening the inspection of recruitment practices.""",
                "Совместное заявление об этичном найме трудящихся-мигрантов",
                """
                Сеть ООН по вопросам миграции в Казахстане приветствует шаги по регулированию частных агентств занятости и призывает \
                закрепить принцип, согласно которому работники не оплачивают сборы и расходы, связанные с наймом.

                Сеть предлагает Министерству труда и социальной защиты населения поддержку в укреплении инспекции практики \
                найма.""");

        static final List<LanguageText> CLIMATE_V1 = texts(
                "Joint statement on climate change and human mobility",
                """
                The Network notes that droughts and land degradation increasingly shape mobility in rural Kazakhstan.""",
                "Совместное заявление об изменении климата и мобильности населения",
                """
                Сеть отмечает, что засухи и деградация земель всё больше влияют на мобильность в сельских районах Казахстана.""");

        static final List<LanguageText> CLIMATE_V2 = texts(
                "Joint statement on climate change and human mobility",
                """
                The Network notes that droughts, water scarcity and land degradation increasingly shape mobility in rural \
                Kazakhstan, and calls for planned relocation to respect the rights of the communities concerned.""",
                "Совместное заявление об изменении климата и мобильности населения",
                """
                Сеть отмечает, что засухи, нехватка воды и деградация земель всё больше влияют на мобильность в сельских \
                районах Казахстана, и призывает проводить плановое переселение с соблюдением прав затронутых общин.""");
    }

    /** The Turkmenistan network's statements (invented for the demo). */
    private static final class Turkmenistan {

        static final List<LanguageText> DAY_V1 = texts(
                "Joint statement for International Migrants Day",
                """
                On International Migrants Day, the United Nations Migration Network in Turkmenistan reaffirms that safe, \
                orderly and regular migration benefits migrants, their families and communities.""",
                "Совместное заявление по случаю Международного дня мигрантов",
                """
                В Международный день мигрантов Сеть ООН по вопросам миграции в Туркменистане подтверждает, что безопасная, \
                упорядоченная и легальная миграция приносит пользу мигрантам, их семьям и общинам.""");

        static final List<LanguageText> DAY = texts(
                "Joint statement for International Migrants Day",
                """
                On International Migrants Day, the United Nations Migration Network in Turkmenistan reaffirms that safe, \
                orderly and regular migration benefits migrants, their families and communities of origin and destination.

                The Network calls for more regular pathways for labour migration, for pre-departure information for those \
                who work abroad, and for support to migrants who return.

                The Network will continue to support the Government of Turkmenistan in implementing the objectives of the \
                Global Compact for Migration.""",
                "Совместное заявление по случаю Международного дня мигрантов",
                """
                В Международный день мигрантов Сеть ООН по вопросам миграции в Туркменистане подтверждает, что безопасная, \
                упорядоченная и легальная миграция приносит пользу мигрантам, их семьям, а также общинам происхождения и \
                назначения.

                Сеть призывает расширять легальные пути трудовой миграции, информировать уезжающих на работу за рубеж до \
                выезда и поддерживать возвращающихся мигрантов.

                Сеть и впредь будет поддерживать Правительство Туркменистана в достижении целей Глобального договора о \
                миграции.""");

        static final List<LanguageText> DATA = texts(
                "Joint statement on disaggregated migration data",
                """
                The United Nations Migration Network in Turkmenistan supports the national statistics authorities in \
                collecting and publishing migration data disaggregated by sex, age and country of destination.""",
                "Совместное заявление о дезагрегированных данных о миграции",
                """
                Сеть ООН по вопросам миграции в Туркменистане поддерживает национальные органы статистики в сборе и публикации \
                данных о миграции с разбивкой по полу, возрасту и стране назначения.""");

        static final List<LanguageText> TRAFFICKING_V1 = texts(
                "Joint statement for the World Day against Trafficking in Persons",
                """
                The Network recalls that victims of trafficking must be identified and protected.""",
                "Совместное заявление по случаю Всемирного дня борьбы с торговлей людьми",
                """
                Сеть напоминает, что жертвы торговли людьми должны быть выявлены и защищены.""");

        static final List<LanguageText> TRAFFICKING_V2 = texts(
                "Joint statement for the World Day against Trafficking in Persons",
                """
                The Network recalls that victims of trafficking must be identified early, protected and assisted, and \
                never punished for acts they were compelled to commit.""",
                "Совместное заявление по случаю Всемирного дня борьбы с торговлей людьми",
                """
                Сеть напоминает, что жертвы торговли людьми должны быть своевременно выявлены, защищены и получить помощь \
                и никогда не подвергаться наказанию за действия, которые они были вынуждены совершить.""");
    }
}
