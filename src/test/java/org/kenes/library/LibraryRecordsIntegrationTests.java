package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.PositionKind;
import org.kenes.decisions.Procedure;
import org.kenes.decisions.ProposalView;
import org.kenes.meetings.AgendaPurpose;
import org.kenes.meetings.MeetingType;
import org.kenes.meetings.Meetings;
import org.kenes.meetings.MinutesService;
import org.kenes.meetings.NewAgendaItem;
import org.kenes.meetings.NewMeeting;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.kenes.statements.Delivery;
import org.kenes.statements.EndorsementRequest;
import org.kenes.statements.LanguageText;
import org.kenes.statements.StatementDraft;
import org.kenes.statements.StatementStatus;
import org.kenes.statements.StatementView;
import org.kenes.statements.Statements;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Minutes and joint statements reach the library from their modules, once they are committed, at the level they
 * have there; each is one entry however often it is filed. Whoever may not read them where they were made does not
 * find them in the library either.
 */
@KenesIntegrationTest
class LibraryRecordsIntegrationTests {

    private static final String KZ = "kazakhstan";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final List<String> PEOPLE = Arrays.asList(null, "kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member",
            "kazakhstan-partner", "kazakhstan-observer", "turkmenistan-secretariat", "turkmenistan-member");

    @Autowired MockMvc mvc;
    @Autowired Library library;
    @Autowired Meetings meetings;
    @Autowired MinutesService minutes;
    @Autowired Statements statements;
    @Autowired Consultations consultations;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String person) throws Exception {
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request.accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn().getResponse();
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private UUID labourGroup() {
        return jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                .query(UUID.class).single();
    }

    /** A meeting of Kazakhstan held three days ago, its minutes cleared and disseminated. */
    private UUID meetingWithDisseminatedMinutes(String title, UUID group) {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID meeting = meetings.plan(KZ, new NewMeeting(group == null ? MeetingType.REGULAR : MeetingType.WORKING_GROUP, group, title,
                LocalDate.now(ALMATY).minusDays(3), LocalTime.of(10, 0), 90, "UN House", null, null), secretariat);
        meetings.addAgendaItem(KZ, meeting, new NewAgendaItem("Labour migration trends", AgendaPurpose.DISCUSSION, "IOM", 30), secretariat);
        meetings.clearAgenda(KZ, meeting, viewer("kazakhstan-cochair"));
        meetings.circulateAgenda(KZ, meeting, secretariat);
        meetings.markHeld(KZ, meeting, secretariat);
        UUID item = meetings.meeting(KZ, meeting, secretariat).agenda().getFirst().id();
        minutes.write(KZ, meeting, Map.of(item, "IOM presented the trends of the quarter."), -1, secretariat);
        minutes.clear(KZ, meeting, viewer("kazakhstan-cochair"));
        minutes.disseminate(KZ, meeting, secretariat);
        return meeting;
    }

    /** The entries the library keeps for a record, once its filing has been handled. */
    private List<LibraryItemView> entriesOf(UUID source) {
        awaitFilings(source);
        Viewer secretariat = viewer("kazakhstan-secretariat");
        return jdbc.sql("select id from library_item where source_id = ?").param(source).query(UUID.class).list().stream()
                .map(id -> library.item(KZ, id, secretariat)).toList();
    }

    /** Waits until every filing of this record has been handled by the library (the listener runs after the commit). */
    private void awaitFilings(UUID source) {
        eventually(() -> jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%RecordFiled' and serialized_event like ? and completion_date is null""")
                .param("%" + source + "%").query(Integer.class).single() == 0
                && jdbc.sql("select count(*) from library_item where source_id = ?").param(source).query(Integer.class).single() > 0,
                "the filing of " + source);
    }

    private static void eventually(Supplier<Boolean> condition, String what) {
        for (int i = 0; i < 150; i++) {
            if (condition.get()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("never happened: " + what);
    }

    /** Who finds the marker in the library's list of that kind. */
    private Set<String> readersInTheList(ItemKind kind, String marker) throws Exception {
        Set<String> readers = new java.util.TreeSet<>();
        for (String person : PEOPLE) {
            if (call(get("/networks/kazakhstan/library").param("kind", kind.name()), person).getContentAsString().contains(marker)) {
                readers.add(String.valueOf(person));
            }
        }
        return readers;
    }

    @Test
    void disseminatedMinutesAreFiledOnceInternalAndFiledAgainStayOne() throws Exception {
        // given the minutes of a network meeting, disseminated
        String title = "Regular meeting on return migration " + marker();
        UUID meeting = meetingWithDisseminatedMinutes(title, null);

        // then the library has one entry for them, internal, a link to the minutes' page, saying where it comes from
        List<LibraryItemView> entries = entriesOf(meeting);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(ItemKind.MINUTES);
            assertThat(entry.level()).isEqualTo(InformationLevel.INTERNAL);
            assertThat(entry.workingGroupId()).isNull();
            assertThat(entry.url()).isEqualTo("/networks/kazakhstan/meetings/" + meeting + "/minutes");
            assertThat(entry.title()).isEqualTo(title);
            assertThat(entry.itemDate()).isEqualTo(LocalDate.now(ALMATY).minusDays(3));
        });
        UUID entry = entries.getFirst().id();
        // and the network's members find it; partners, observers and the other network do not
        assertThat(readersInTheList(ItemKind.MINUTES, title)).containsExactlyInAnyOrder("kazakhstan-secretariat", "kazakhstan-cochair",
                "kazakhstan-member");
        String page = call(get("/networks/kazakhstan/library/" + entry), "kazakhstan-member").getContentAsString();
        assertThat(page).contains("id=\"origin\"").contains("From the minutes of “" + title + "”")
                .contains("href=\"/networks/kazakhstan/meetings/" + meeting + "/minutes\"");
        assertThat(call(get("/networks/kazakhstan/library/" + entry), "kazakhstan-partner").getStatus()).isEqualTo(404);
        assertThat(call(get("/networks/kazakhstan/public/library/" + entry), null).getStatus()).isEqualTo(404);

        // when the same filing is handled again (a replay after a restart), and a stale one claims it public
        RecordFiled again = new RecordFiled(KZ, null, RecordFiled.Kind.MINUTES, meeting, title, LocalDate.now(ALMATY).minusDays(3),
                InformationLevel.INTERNAL, null, "/networks/kazakhstan/meetings/" + meeting + "/minutes", null, clock.instant());
        transactions.executeWithoutResult(status -> events.publishEvent(again));
        RecordFiled stale = new RecordFiled(KZ, null, RecordFiled.Kind.MINUTES, meeting, title, LocalDate.now(ALMATY).minusDays(3),
                InformationLevel.PUBLIC, null, "/networks/kazakhstan/meetings/" + meeting + "/minutes", null,
                clock.instant().minus(Duration.ofDays(1)));
        transactions.executeWithoutResult(status -> events.publishEvent(stale));

        // then there is still one entry, internal
        assertThat(entriesOf(meeting)).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(entry);
            assertThat(e.level()).isEqualTo(InformationLevel.INTERNAL);
        });
        // and the library does not change its level: the minutes' own does
        Viewer secretariat = viewer("kazakhstan-secretariat");
        long version = library.item(KZ, entry, secretariat).version();
        assertThatThrownBy(() -> library.level(KZ, entry, InformationLevel.PARTNERS, "KZ-2026-001", version, secretariat))
                .isInstanceOf(RuleViolation.class).hasMessage("library.level.followsSource");
    }

    @Test
    void aWorkingGroupsMinutesStayWithTheGroupAndTheSecretariat() throws Exception {
        // given the minutes of a meeting of the labour migration group (UNDP and the ministry take part)
        UUID group = labourGroup();
        String title = "Working group meeting on social protection " + marker();
        UUID meeting = meetingWithDisseminatedMinutes(title, group);

        // then the entry is kept to the group
        assertThat(entriesOf(meeting)).singleElement().satisfies(entry -> {
            assertThat(entry.level()).isEqualTo(InformationLevel.WORKING_GROUP);
            assertThat(entry.workingGroupId()).isEqualTo(group);
        });
        // and exactly those who read the group's minutes find it: the group's participants and the secretariat
        assertThat(readersInTheList(ItemKind.MINUTES, title)).containsExactlyInAnyOrder("kazakhstan-secretariat", "kazakhstan-member",
                "kazakhstan-partner");
        for (String person : List.of("kazakhstan-secretariat", "kazakhstan-member", "kazakhstan-partner")) {
            assertThat(call(get("/networks/kazakhstan/meetings/" + meeting + "/minutes"), person).getStatus()).as(person).isEqualTo(200);
        }
        for (String person : List.of("kazakhstan-cochair", "kazakhstan-observer")) {
            assertThat(call(get("/networks/kazakhstan/meetings/" + meeting + "/minutes"), person).getStatus()).as(person).isEqualTo(403);
        }
    }

    /** A statement of Kazakhstan endorsed in a meeting, at a level, signed off by both co-chairs and delivered today. */
    private UUID deliveredStatement(String subject, InformationLevel level) {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        Viewer coChair = viewer("kazakhstan-cochair");
        UUID id = statements.create(KZ, new StatementDraft(null, List.of(
                new LanguageText("en", "Joint statement on " + subject, "The Network speaks with one voice on " + subject + "."),
                new LanguageText("ru", "Совместное заявление: " + subject, "Сеть выступает единым голосом: " + subject + ".")), null),
                secretariat);
        UUID proposal = statements.submitForEndorsement(KZ, id, new EndorsementRequest(Procedure.IN_MEETING, null, null, false), coChair);
        for (ProposalView.MemberLine member : consultations.forNotice(KZ, proposal).members()) {
            consultations.givePosition(KZ, proposal, member.organisation(), PositionKind.SUPPORT, null, secretariat);
        }
        consultations.closeInMeeting(KZ, proposal, secretariat);
        eventually(() -> statements.statement(KZ, id, secretariat).status() == StatementStatus.ENDORSED, "the endorsement of " + subject);
        if (level != InformationLevel.INTERNAL) {
            statements.changeLevel(KZ, id, level, coChair);
        }
        statements.signOff(KZ, id, null, coChair);
        String other = statements.statement(KZ, id, secretariat).coChairs().stream().map(StatementView.CoChairLine::positionCode)
                .filter(code -> !statements.positionsHeldBy(KZ, coChair).contains(code)).findFirst().orElseThrow();
        statements.signOff(KZ, id, other, secretariat);
        statements.deliver(KZ, id, new Delivery(LocalDate.now(clock.withZone(ALMATY)), "Round table at the UN House, Astana"), coChair);
        return id;
    }

    @Test
    void aDeliveredStatementReachesThePublicLibraryOnlyIfItIsPublic() throws Exception {
        // given a statement delivered as internal, and one delivered as public
        String internalSubject = "seasonal workers " + marker();
        String publicSubject = "remittance costs " + marker();
        UUID internal = deliveredStatement(internalSubject, InformationLevel.INTERNAL);
        UUID published = deliveredStatement(publicSubject, InformationLevel.PUBLIC);

        // then both are in the library as joint statements, each at its statement's level
        assertThat(entriesOf(internal)).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(ItemKind.STATEMENT);
            assertThat(entry.level()).isEqualTo(InformationLevel.INTERNAL);
            assertThat(entry.url()).isEqualTo("/networks/kazakhstan/statements/" + internal);
        });
        LibraryItemView publicEntry = entriesOf(published).getFirst();
        assertThat(publicEntry.level()).isEqualTo(InformationLevel.PUBLIC);
        assertThat(publicEntry.source().publicPath()).isEqualTo("/networks/kazakhstan/public/statements/" + published);

        // and anyone finds the public one on the public library, with the way to the statement's public page; not the other
        String publicList = call(get("/networks/kazakhstan/public/library"), null).getContentAsString();
        assertThat(publicList).contains("Joint statement on " + publicSubject).doesNotContain(internalSubject);
        String publicPage = call(get("/networks/kazakhstan/public/library/" + publicEntry.id()), null).getContentAsString();
        assertThat(publicPage).contains("href=\"/networks/kazakhstan/public/statements/" + published + "\"")
                .doesNotContain("href=\"/networks/kazakhstan/statements/");
        UUID internalEntry = entriesOf(internal).getFirst().id();
        assertThat(call(get("/networks/kazakhstan/public/library/" + internalEntry), null).getStatus()).isEqualTo(404);
        assertThat(readersInTheList(ItemKind.STATEMENT, internalSubject)).containsExactlyInAnyOrder("kazakhstan-secretariat", "kazakhstan-cochair",
                "kazakhstan-member");

        // when the internal statement is made public after its delivery
        statements.changeLevel(KZ, internal, InformationLevel.PUBLIC, viewer("kazakhstan-cochair"));

        // then its one entry follows it to the public library
        assertThat(entriesOf(internal)).singleElement().satisfies(entry -> assertThat(entry.level()).isEqualTo(InformationLevel.PUBLIC));
        assertThat(call(get("/networks/kazakhstan/public/library"), null).getContentAsString()).contains(internalSubject);
    }

    @Test
    void theDemoFilesItsMinutesAndStatementsAndGivesAMeetingOfEachNetworkItsPapers() throws Exception {
        for (String network : List.of("kazakhstan", "turkmenistan")) {
            // the demo's disseminated minutes are in the library, internal
            eventually(() -> jdbc.sql("select count(*) from library_item where network_slug = ? and source_kind = 'MINUTES'")
                    .param(network).query(Integer.class).single() > 0, "the demo minutes of " + network);
            UUID meeting = jdbc.sql("""
                            select source_id from library_item where network_slug = ? and source_kind = 'MINUTES'
                            order by item_date limit 1""").param(network).query(UUID.class).single();
            Viewer member = viewer(network + "-member");
            assertThat(library.visible(network, ItemKind.MINUTES, member, org.springframework.data.domain.PageRequest.of(0, 100))
                    .map(LibraryItemView::source).map(LibraryItemView.Source::id).getContent()).contains(meeting);
            // and the meeting has its papers, which a member finds on the meeting's page
            assertThat(library.papers(network, meeting, null, member)).hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(paper -> assertThat(paper.kind()).isEqualTo(ItemKind.MEETING_PAPER))
                    .anySatisfy(paper -> assertThat(paper.files()).isNotEmpty());
            String fragment = call(get("/networks/" + network + "/library/papers").param("meeting", meeting.toString())
                    .header("HX-Request", "true"), network + "-member").getContentAsString();
            assertThat(fragment).contains("id=\"papers\"").contains(".csv").doesNotContain("<html");
            // the demo's delivered statement for International Migrants Day is public in the library
            eventually(() -> jdbc.sql("""
                            select count(*) from library_item where network_slug = ? and source_kind = 'STATEMENT' and level = 'PUBLIC'""")
                    .param(network).query(Integer.class).single() > 0, "the demo statement of " + network);
        }
        UUID day = jdbc.sql("""
                        select id from library_item where network_slug = 'kazakhstan' and source_kind = 'STATEMENT' and level = 'PUBLIC'
                        order by item_date limit 1""").query(UUID.class).single();
        assertThat(call(get("/networks/kazakhstan/public/library/" + day), null).getContentAsString())
                .contains("Joint statement for International Migrants Day").contains("/networks/kazakhstan/public/statements/");
    }
}
