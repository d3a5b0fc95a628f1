package org.kenes.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kenes.identity.Accounts;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo people for every role of both networks, all with the password {@code kenes-demo}: the platform
 * administrator, and per network its secretariat officer, a co-chair, a member agency's focal point, the government
 * counterpart's focal point (an external partner) and an observer; around them, focal points for every member
 * agency with a year of changes, so the member list and its history look like a network at work.
 */
@Component
@Order(30)
class DemoPeople implements ApplicationRunner {

    static final String PASSWORD = "kenes-demo";

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final Members members;
    private final CoChairs coChairs;
    private final ConfiguredOrganisations organisations;
    private final WorkingGroups groups;
    private final Stakeholders stakeholders;
    private final NetworkConfigurations networks;

    DemoPeople(DemoMode demoMode, Accounts accounts, Members members, CoChairs coChairs,
               ConfiguredOrganisations organisations, WorkingGroups groups, Stakeholders stakeholders,
               NetworkConfigurations networks) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.members = members;
        this.coChairs = coChairs;
        this.organisations = organisations;
        this.groups = groups;
        this.stakeholders = stakeholders;
        this.networks = networks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        accounts.ensure(new Accounts.NewAccount("admin", "admin@kenes.example", "Platform Administrator", PASSWORD, true, true));
        for (var summary : networks.all()) {
            DemoCast cast = DemoCast.of(summary.slug());
            if (cast != null && accounts.findByUsername(summary.slug() + "-secretariat").isEmpty()) {
                seed(networks.of(summary.slug()), cast);
            }
        }
    }

    private void seed(NetworkConfiguration network, DemoCast cast) {
        String slug = network.slug();
        LocalDate today = members.today(slug);
        LocalDate yearAgoForAll = today.minusYears(1).withDayOfMonth(1);
        List<MemberListEntry> list = members.listForStartUp(slug, today);
        // a network configured without a launch date has its ToR members from the start of this year only
        LocalDate yearAgo = laterOf(yearAgoForAll, list.stream().map(MemberListEntry::joinedOn).max(LocalDate::compareTo).orElse(yearAgoForAll));

        for (MemberListEntry entry : list) {
            Member member = members.find(slug, entry.memberId());
            DemoCast.Person principal = cast.principals().get(entry.acronym());
            if (principal == null) {
                continue;
            }
            String role = cast.accounts().get(entry.acronym());
            UUID account = role == null ? null : account(slug, role, principal);
            if (principal.predecessor() != null) {
                members.seedFocalPoint(member, principal.predecessor().contact(entry.acronym()), FocalPointKind.PRINCIPAL, yearAgo, null);
                members.seedFocalPoint(member, principal.contact(entry.acronym()), FocalPointKind.PRINCIPAL, yearAgo.plusMonths(5), account);
            } else {
                members.seedFocalPoint(member, principal.contact(entry.acronym()), FocalPointKind.PRINCIPAL, yearAgo, account);
            }
            DemoCast.Person alternate = cast.alternates().get(entry.acronym());
            if (alternate != null) {
                members.seedFocalPoint(member, alternate.contact(entry.acronym()), FocalPointKind.ALTERNATE, yearAgo.plusMonths(2), null);
            }
        }

        // the co-chairs: positions held by people
        NetworkConfiguration.CoChairPosition resident = network.coChairs().getFirst();
        coChairs.takeUp(slug, resident.code(), organisations.unEntity(resident.organisation()),
                cast.residentCoordinator().contact(resident.organisation()), yearAgo, account(slug, "cochair", cast.residentCoordinator()));
        NetworkConfiguration.CoChairPosition iom = network.coChairs().get(1);
        coChairs.takeUp(slug, iom.code(), organisations.unEntity(iom.organisation()),
                cast.iomHead().contact(iom.organisation()), yearAgo, null);

        workingGroups(slug, cast, yearAgo, today);
        stakeholders(slug, yearAgo);

        // an observer that joined during the year
        Member observer = members.ensureMember(slug, organisations.unEntity("ILO"), MemberRole.OBSERVER, yearAgo.plusMonths(7));
        if (observer != null) {
            members.seedFocalPoint(observer, cast.observer().contact("ILO"), FocalPointKind.PRINCIPAL, yearAgo.plusMonths(7),
                    account(slug, "observer", cast.observer()));
        }
    }

    /** The working groups of the demo networks, one of them an ad-hoc group that has ended. */
    private void workingGroups(String slug, DemoCast cast, LocalDate yearAgo, LocalDate today) {
        java.util.function.Function<String, Contact> principal = code -> cast.principals().get(code).contact(code);
        UUID partnerAccount = accounts.findByUsername(slug + "-partner").map(a -> a.id()).orElse(null);
        if (slug.equals("kazakhstan")) {
            WorkingGroup labour = groups.seedGroup(slug, new NewWorkingGroup(
                    "Working Group on Labour Migration and Social Protection",
                    "Рабочая группа по трудовой миграции и социальной защите", WorkingGroup.Kind.PERMANENT,
                    "Coordinates UN support to the Ministry of Labour and Social Protection of the Population on labour migration "
                            + "governance, ethical recruitment and access of migrant workers and their families to social protection (GCM objectives 6 and 22).",
                    "Координирует поддержку ООН Министерству труда и социальной защиты населения в вопросах управления трудовой "
                            + "миграцией, добросовестного найма и доступа трудящихся-мигрантов и их семей к социальной защите (цели 6 и 22 ГДМ).",
                    yearAgo.plusMonths(1), null, List.of("IOM", "UNDP")));
            for (String code : List.of("IOM", "UNDP", "UNICEF")) {
                groups.seedMember(labour, new NewGroupMember(code, MemberRole.MEMBER, principal.apply(code)), yearAgo.plusMonths(1), null);
            }
            groups.seedMember(labour, new NewGroupMember("MOL", MemberRole.EXTERNAL_PARTNER, principal.apply("MOL")),
                    yearAgo.plusMonths(1), partnerAccount);
            groups.seedMember(labour, new NewGroupMember("MFA", MemberRole.EXTERNAL_PARTNER, new Contact("Ержан Нургалиев",
                    "Third Secretary, Consular Service Department", "y.nurgaliyev@mfa.example", "+7 717 272 0000", "kk,ru")),
                    yearAgo.plusMonths(3), null);
            WorkingGroup review = groups.seedGroup(slug, new NewWorkingGroup(
                    "Ad hoc Working Group on the GCM Regional Review", "Специальная рабочая группа по региональному обзору ГДМ",
                    WorkingGroup.Kind.AD_HOC,
                    "Prepared the joint UN contribution to the regional review of the Global Compact for Migration.",
                    "Подготовила совместный вклад ООН в региональный обзор Глобального договора о миграции.",
                    yearAgo, yearAgo.plusMonths(4), List.of("IOM", "RCO")));
            for (String code : List.of("IOM", "RCO", "UNHCR")) {
                groups.seedMember(review, new NewGroupMember(code, MemberRole.MEMBER, principal.apply(code)), yearAgo, null);
            }
        } else if (slug.equals("turkmenistan")) {
            WorkingGroup data = groups.seedGroup(slug, new NewWorkingGroup(
                    "Ad hoc Working Group on Migration Data", "Специальная рабочая группа по данным о миграции",
                    WorkingGroup.Kind.AD_HOC,
                    "Supports the State Migration Service and the statistics authorities in collecting and publishing "
                            + "disaggregated migration data (GCM objective 1, SDG target 17.18).",
                    "Оказывает поддержку Государственной миграционной службе и органам статистики в сборе и публикации "
                            + "дезагрегированных данных о миграции (цель 1 ГДМ, задача 17.18 ЦУР).",
                    yearAgo.plusMonths(2), today.plusMonths(6), List.of("IOM", "UNFPA")));
            for (String code : List.of("IOM", "UNFPA", "UNHCR")) {
                groups.seedMember(data, new NewGroupMember(code, MemberRole.MEMBER, principal.apply(code)), yearAgo.plusMonths(2), null);
            }
            groups.seedMember(data, new NewGroupMember("MFA", MemberRole.EXTERNAL_PARTNER, principal.apply("MFA")),
                    yearAgo.plusMonths(2), partnerAccount);
            groups.seedMember(data, new NewGroupMember("SMS", MemberRole.EXTERNAL_PARTNER, new Contact("Mekan Annaýew",
                    "Head of Department, State Migration Service", "m.annayew@sms.example", "+993 12 00 0000", "tk,ru")),
                    yearAgo.plusMonths(3), null);
        }
    }

    private static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Invented stakeholders and a year of engagement with them. */
    private void stakeholders(String slug, LocalDate yearAgo) {
        String system = org.kenes.shared.Actors.SYSTEM;
        if (slug.equals("kazakhstan")) {
            UUID centre = stakeholders.add(slug, new NewStakeholder("AMSC", "Almaty Migrant Support Centre",
                    "Алматинский центр поддержки мигрантов", OrganisationKind.NGO,
                    "Legal aid and shelter referral for migrant workers and victims of trafficking", "Гульнара Ермекова",
                    "g.ermekova@amsc.example"), system);
            UUID recruiters = stakeholders.add(slug, new NewStakeholder("KARA", "Kazakhstan Association of Recruitment Agencies",
                    "Казахстанская ассоциация кадровых агентств", OrganisationKind.PRIVATE_SECTOR,
                    "Ethical recruitment standards for agencies placing workers abroad", "Arman Dzhaksybekov", "a.dzhaksybekov@kara.example"), system);
            UUID institute = stakeholders.add(slug, new NewStakeholder("CAMRI", "Central Asian Migration Research Institute",
                    "Центральноазиатский институт исследований миграции", OrganisationKind.ACADEMIA,
                    "Surveys of return migration and remittances", "Dr Aliya Nurpeisova", "a.nurpeisova@camri.example"), system);
            stakeholders.record(slug, new NewEngagement(yearAgo.plusMonths(2), NewEngagement.EngagementKind.CONSULTATION, centre,
                    "IOM, UNHCR, AMSC", "Consultation on referral pathways for migrants in vulnerable situations in Almaty.",
                    "AMSC to share its referral directory with the working group."), system);
            stakeholders.record(slug, new NewEngagement(yearAgo.plusMonths(6), NewEngagement.EngagementKind.EVENT, recruiters,
                    "IOM, MOL, KARA members", "Round table on ethical recruitment and the IRIS standard.",
                    "Draft code of conduct to be circulated by KARA."), system);
            stakeholders.record(slug, new NewEngagement(yearAgo.plusMonths(9), NewEngagement.EngagementKind.MEETING, institute,
                    "IOM, UNFPA, CAMRI", "Presentation of the return migration survey design; agreement on sex and age disaggregation.",
                    null), system);
        } else if (slug.equals("turkmenistan")) {
            UUID redCrescent = stakeholders.add(slug, new NewStakeholder("RCST", "Red Crescent Society of Turkmenistan",
                    "Общество Красного Полумесяца Туркменистана", OrganisationKind.RED_CROSS_RED_CRESCENT,
                    "Restoring family links and assistance to returning migrants", "Aýna Hojamyradowa", "a.hojamyradowa@rcst.example"), system);
            UUID university = stakeholders.add(slug, new NewStakeholder("TSU-MS", "Magtymguly Turkmen State University, Migration Studies",
                    "Туркменский государственный университет им. Махтумкули, исследования миграции", OrganisationKind.ACADEMIA,
                    "Curriculum on migration governance for civil servants", "Dr Serdar Ataýew", "s.atayew@tsu.example"), system);
            stakeholders.record(slug, new NewEngagement(yearAgo.plusMonths(3), NewEngagement.EngagementKind.MEETING, redCrescent,
                    "IOM, UNHCR, RCST", "Coordination of assistance to returning migrants at border crossings.",
                    "Joint mapping of services by the end of the quarter."), system);
            stakeholders.record(slug, new NewEngagement(yearAgo.plusMonths(8), NewEngagement.EngagementKind.CORRESPONDENCE, university,
                    "IOM", "Exchange of letters on a joint training module on the Global Compact for Migration.", null), system);
        }
    }

    private UUID account(String slug, String role, DemoCast.Person person) {
        String username = slug + "-" + role;
        return accounts.ensure(new Accounts.NewAccount(username, username + "@kenes.example", person.name(), PASSWORD,
                false, true)).id();
    }

    /** Invented people; any likeness is chance. */
    record DemoCast(Map<String, Person> principals, Map<String, Person> alternates, Map<String, String> accounts,
                    Person residentCoordinator, Person iomHead, Person observer) {

        record Person(String name, String position, String phone, String languages, Person predecessor) {

            Person(String name, String position, String phone, String languages) {
                this(name, position, phone, languages, null);
            }

            Contact contact(String organisation) {
                String[] parts = name.toLowerCase(Locale.ROOT).split(" ");
                String local = translit(parts[0].charAt(0) + "." + parts[parts.length - 1]);
                return new Contact(name, position, local + "@" + organisation.toLowerCase(Locale.ROOT) + ".example", phone, languages);
            }

            private static String translit(String text) {
                String[] from = {"а", "б", "в", "г", "д", "е", "ё", "ж", "з", "и", "й", "к", "л", "м", "н", "о", "п", "р", "с",
                        "т", "у", "ф", "х", "ц", "ч", "ш", "щ", "ъ", "ы", "ь", "э", "ю", "я", "ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і",
                        "ä", "ç", "ň", "ö", "ş", "ü", "ý", "ž"};
                String[] to = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                        "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h", "i",
                        "a", "ch", "n", "o", "sh", "u", "y", "zh"};
                String result = text;
                for (int i = 0; i < from.length; i++) {
                    result = result.replace(from[i], to[i]);
                }
                return result.replaceAll("[^a-z.]", "");
            }
        }

        static DemoCast of(String slug) {
            return switch (slug) {
                case "kazakhstan" -> new DemoCast(
                        Map.ofEntries(
                                Map.entry("IOM", new Person("Aigerim Sadykova", "Programme Officer, UN Network secretariat", "+7 717 269 1234", "ru,kk,en")),
                                Map.entry("RCO", new Person("Айжан Мусина", "Partnerships and Development Finance Officer", "+7 717 269 2100", "ru,kk,en")),
                                Map.entry("UNDP", new Person("Нурлан Абенов", "Governance Programme Analyst", "+7 717 269 3300", "ru,kk,en")),
                                Map.entry("UNHCR", new Person("Maria Lindqvist", "Protection Officer", "+7 727 258 4500", "en,ru",
                                        new Person("Bakhyt Omarov", "Senior Protection Assistant", "+7 727 258 4501", "ru,kk"))),
                                Map.entry("UNICEF", new Person("Динара Жумабаева", "Child Protection Specialist", "+7 717 232 2878", "ru,kk,en")),
                                Map.entry("UNFPA", new Person("Gulmira Bekova", "Gender Programme Analyst", "+7 717 269 5600", "ru,en")),
                                Map.entry("UNIC", new Person("Ерлан Касымов", "Communications Officer", "+7 727 258 2643", "ru,kk,en")),
                                Map.entry("UNRCCA", new Person("Pierre Lambert", "Political Affairs Officer", "+993 12 48 1612", "en,fr,ru")),
                                Map.entry("UNODC", new Person("Асель Тулегенова", "Programme Coordinator, Border Management", "+7 717 269 7700", "ru,en")),
                                Map.entry("UNESCO", new Person("Tomasz Nowak", "Programme Specialist, Social and Human Sciences", "+7 727 258 2637", "en,ru,pl")),
                                Map.entry("MOL", new Person("Saule Zhaksybekova", "Head of Division, Labour Migration Department", "+7 717 274 3150", "ru,kk"))),
                        Map.of("IOM", new Person("Руслан Ахметов", "Migration Data Officer", "+7 717 269 1240", "ru,kk,en"),
                                "UNHCR", new Person("Madina Seitova", "Associate Protection Officer", "+7 727 258 4510", "ru,kk,en")),
                        Map.of("IOM", "secretariat", "UNDP", "member", "MOL", "partner"),
                        new Person("Daniel Moreau", "UN Resident Coordinator in Kazakhstan", "+7 717 269 2000", "en,fr,ru"),
                        new Person("Anna Kowalczyk", "Sub-regional Coordinator for Central Asia, IOM", "+7 717 269 1200", "en,ru"),
                        new Person("Timur Iskakov", "National Project Officer, Labour Migration", "+7 717 269 8800", "ru,kk,en"));
                case "turkmenistan" -> new DemoCast(
                        Map.ofEntries(
                                Map.entry("IOM", new Person("Maral Annayeva", "National Programme Officer", "+993 12 48 8171", "tk,ru,en")),
                                Map.entry("RCO", new Person("Aýna Berdiýewa", "Data Management and Results Officer", "+993 12 48 8200", "tk,ru,en")),
                                Map.entry("UNDP", new Person("Batyr Orazov", "Programme Analyst, Governance", "+993 12 42 5250", "tk,ru,en")),
                                Map.entry("UNDRR", new Person("Irina Volkova", "Programme Officer, Central Asia", "+7 727 258 2643", "ru,en")),
                                Map.entry("UNFPA", new Person("Джерен Овезова", "Gender Programme Analyst", "+993 12 48 8420", "tk,ru")),
                                Map.entry("UNHCR", new Person("Serdar Gurbanov", "Protection Associate", "+993 12 48 8331", "tk,ru,en")),
                                Map.entry("UNICEF", new Person("Sofia Marchetti", "Child Protection Officer", "+993 12 42 5680", "en,it,ru")),
                                Map.entry("OCT", new Person("Kamil Rakhimov", "Programme Management Officer", "+1 212 963 1234", "en,ru")),
                                Map.entry("UNODC", new Person("Огулгерек Мамедова", "National Project Officer", "+993 12 48 8560", "tk,ru")),
                                Map.entry("WHO", new Person("Merdan Nurmuhammedov", "National Professional Officer", "+993 12 42 4580", "tk,ru,en")),
                                Map.entry("MFA", new Person("Gülnara Atayeva", "Counsellor, Department of International Organizations", "+993 12 44 6470", "tk,ru"))),
                        Map.of("UNICEF", new Person("Aziza Hojamuradova", "Child Protection Assistant", "+993 12 42 5681", "tk,ru")),
                        Map.of("IOM", "secretariat", "UNDP", "member", "MFA", "partner"),
                        new Person("Elena Rossi", "UN Resident Coordinator in Turkmenistan", "+993 12 48 8201", "en,it,ru"),
                        new Person("Jakub Horak", "Head of Office, IOM Turkmenistan", "+993 12 48 8170", "en,cs,ru"),
                        new Person("Döwlet Hojayev", "National Programme Coordinator", "+993 12 48 8900", "tk,ru,en"));
                default -> null;
            };
        }
    }
}
