package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.PositionKind;
import org.kenes.decisions.Procedure;
import org.kenes.decisions.ProposalStatus;
import org.kenes.decisions.ProposalView;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A joint statement's life on the real database, through the real consultation engine and the outbox. */
@KenesIntegrationTest
class StatementIntegrationTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String KZ = "kazakhstan";

    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired Consultations consultations;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired jakarta.persistence.EntityManagerFactory factory;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    static List<LanguageText> texts(String subject) {
        return List.of(new LanguageText("en", "Joint statement on " + subject, "The Network speaks with one voice on " + subject + "."),
                new LanguageText("ru", "Совместное заявление: " + subject, "Сеть выступает единым голосом: " + subject + "."));
    }

    private UUID drafted(String subject) {
        return statements.create(KZ, new StatementDraft(null, texts(subject), null), viewer("kazakhstan-secretariat"));
    }

    private UUID putToMembers(UUID statement, Procedure procedure, int days) {
        return statements.submitForEndorsement(KZ, statement, new EndorsementRequest(procedure,
                LocalDate.now(ALMATY).plusDays(days), LocalTime.of(18, 0), false), viewer("kazakhstan-cochair"));
    }

    /** Moves the clock past the consultation's deadline and closes it, as the deadline job does. */
    private void passDeadline(UUID proposal) {
        ProposalView view = consultations.forNotice(KZ, proposal);
        TestClock.advance(Duration.between(Instant.now(), view.deadline().toInstant()).plusSeconds(1));
        consultations.closeIfDue(proposal);
    }

    /** The statement once the listener of the consultation's end has run (it runs after the commit). */
    private StatementView eventually(UUID statement, StatementStatus expected) throws InterruptedException {
        StatementView view = null;
        for (int i = 0; i < 100; i++) {
            view = statements.statement(KZ, statement, viewer("kazakhstan-secretariat"));
            if (view.status() == expected) {
                return view;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("statement still " + (view == null ? null : view.status()) + ", not " + expected);
    }

    private int outbox(String cause, String extra) throws InterruptedException {
        return jdbc.sql("select count(*) from notification_outbox where cause = ? " + extra).param(cause).query(Integer.class).single();
    }

    private int eventuallyInOutbox(String cause, String extra) throws InterruptedException {
        int found = 0;
        for (int i = 0; i < 100 && found == 0; i++) {
            found = outbox(cause, extra);
            Thread.sleep(100);
        }
        return found;
    }

    @Test
    void aStatementGoesFromDraftThroughEndorsementAndSignOffToDelivery() throws Exception {
        // given the secretariat drafts a statement in English and Russian, and a co-chair writes a second version
        UUID id = drafted("decent work " + UUID.randomUUID().toString().substring(0, 6));
        var second = List.of(new LanguageText("en", "Joint statement on decent work", "The Network calls for decent work for all."),
                new LanguageText("ru", "Совместное заявление о достойном труде", "Сеть призывает к достойному труду для всех."));
        assertThat(statements.newVersion(KZ, id, new StatementDraft(null, second, "Shorter"), viewer("kazakhstan-cochair"))).isEqualTo(2);

        // when a co-chair puts it to the members by silence procedure
        UUID proposal = putToMembers(id, Procedure.SILENCE_PROCEDURE, 2);

        // then the consultation is open with both languages and names the version; its own e-mail asks the members
        ProposalView consultation = consultations.forNotice(KZ, proposal);
        assertThat(consultation.title()).isEqualTo("Endorsement: Joint statement on decent work (version 2)");
        assertThat(consultation.text()).contains("[English]", "The Network calls for decent work for all.", "[Русский]",
                "Сеть призывает к достойному труду для всех.");
        assertThat(statements.statement(KZ, id, viewer("kazakhstan-member")).status()).isEqualTo(StatementStatus.IN_ENDORSEMENT);
        assertThat(eventuallyInOutbox("consultation:" + proposal, "")).isPositive();
        // and its text cannot change while the members are consulted
        assertThatThrownBy(() -> statements.newVersion(KZ, id, new StatementDraft(null, texts("other"), null), viewer("kazakhstan-cochair")))
                .isInstanceOf(RuleViolation.class).hasMessage("statement.version.inEndorsement");

        // when no one breaks silence before the deadline
        passDeadline(proposal);

        // then the statement is endorsed with the decision's number, and both co-chairs are asked to sign it off
        StatementView endorsed = eventually(id, StatementStatus.ENDORSED);
        assertThat(endorsed.decisionNumber()).isEqualTo(consultations.forNotice(KZ, proposal).decisionNumber()).isNotNull();
        assertThat(eventuallyInOutbox("statement:" + id, "and subject like 'Sign-off requested%'")).isEqualTo(2);

        // when it is made public, a co-chair signs off for her position and the secretariat records the other co-chair's
        statements.changeLevel(KZ, id, InformationLevel.PUBLIC, viewer("kazakhstan-cochair"));
        assertThatThrownBy(() -> statements.signOff(KZ, id, null, viewer("kazakhstan-member"))).isInstanceOf(AccessDeniedException.class);
        statements.signOff(KZ, id, null, viewer("kazakhstan-cochair"));
        String other = endorsed.coChairs().stream().map(StatementView.CoChairLine::positionCode)
                .filter(code -> !statements.positionsHeldBy(KZ, viewer("kazakhstan-cochair")).contains(code)).findFirst().orElseThrow();
        assertThatThrownBy(() -> statements.signOff(KZ, id, other, viewer("kazakhstan-cochair"))).isInstanceOf(AccessDeniedException.class);
        statements.signOff(KZ, id, other, viewer("kazakhstan-secretariat"));

        // then it is signed off by both, the secretariat's record marked as such
        StatementView signed = statements.statement(KZ, id, viewer("kazakhstan-member"));
        assertThat(signed.status()).isEqualTo(StatementStatus.SIGNED_OFF);
        assertThat(signed.coChairs()).allSatisfy(c -> assertThat(c.signed()).isTrue());
        assertThat(signed.coChairs()).filteredOn(c -> c.positionCode().equals(other)).singleElement()
                .satisfies(c -> assertThat(c.signOff().onBehalf()).isTrue());

        // when a co-chair records the delivery today
        LocalDate today = LocalDate.now(clock.withZone(ALMATY));
        statements.deliver(KZ, id, new Delivery(today, "Launch of the labour migration report, Astana"), viewer("kazakhstan-cochair"));

        // then it is delivered and published, and the members are told
        StatementView delivered = statements.publishedStatement(KZ, id);
        assertThat(delivered.deliveredOn()).isEqualTo(today);
        assertThat(statements.published(KZ, PageRequest.of(0, 100)).map(StatementSummary::id).getContent()).contains(id);
        assertThat(eventuallyInOutbox("statement:" + id, "and recipient = 'n.abenov@undp.example'")).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'statement' and record_id = ?").param(id.toString())
                .query(Integer.class).single()).isGreaterThanOrEqualTo(7);
    }

    @Test
    void anObjectionReturnsTheStatementToDraftWithTheReason() throws Exception {
        // given a statement put to the members in writing
        UUID id = drafted("visa facilitation " + UUID.randomUUID().toString().substring(0, 6));
        UUID proposal = putToMembers(id, Procedure.WRITTEN_CONSULTATION, 3);

        // when UNDP objects and the deadline passes
        consultations.givePosition(KZ, proposal, "UNDP", PositionKind.OBJECTION, "Our regional office was not consulted",
                viewer("kazakhstan-member"));
        passDeadline(proposal);

        // then it is a draft again, saying why and which consultation; and it can be put to the members once more
        StatementView draft = eventually(id, StatementStatus.DRAFT);
        assertThat(draft.outcomeReason()).isEqualTo("consensus.reason.objection");
        assertThat(draft.outcomeProposalId()).isEqualTo(proposal);
        TestClock.reset();
        UUID again = putToMembers(id, Procedure.SILENCE_PROCEDURE, 5);
        assertThat(again).isNotEqualTo(proposal);
        // and nobody may make a statement public before the members endorsed it
        assertThatThrownBy(() -> statements.changeLevel(KZ, id, InformationLevel.PUBLIC, viewer("kazakhstan-cochair")))
                .isInstanceOf(RuleViolation.class).hasMessage("statement.level.publicNeedsEndorsement");
    }

    @Test
    void withdrawingTheEndorsementWithdrawsItsConsultation() {
        // given a statement under endorsement
        UUID id = drafted("return " + UUID.randomUUID().toString().substring(0, 6));
        UUID proposal = putToMembers(id, Procedure.SILENCE_PROCEDURE, 4);

        // when a member tries to withdraw it, then it is refused; when a co-chair does, then both are withdrawn
        assertThatThrownBy(() -> statements.withdrawEndorsement(KZ, id, viewer("kazakhstan-member"))).isInstanceOf(AccessDeniedException.class);
        statements.withdrawEndorsement(KZ, id, viewer("kazakhstan-cochair"));
        assertThat(consultations.forNotice(KZ, proposal).status()).isEqualTo(ProposalStatus.WITHDRAWN);
        StatementView draft = statements.statement(KZ, id, viewer("kazakhstan-secretariat"));
        assertThat(draft.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(draft.outcomeReason()).isEqualTo("statement.reason.withdrawn");
    }

    @Test
    void aTextRevisedInTheConsultationItselfDoesNotEndorseTheStatement() throws Exception {
        // given a statement under endorsement whose consultation a co-chair revises on the consultation's own page
        UUID id = drafted("remittances " + UUID.randomUUID().toString().substring(0, 6));
        UUID proposal = putToMembers(id, Procedure.SILENCE_PROCEDURE, 2);
        consultations.revise(KZ, proposal, "A different text that is not a version of the statement.", LocalDate.now(ALMATY).plusDays(3),
                LocalTime.of(18, 0), viewer("kazakhstan-cochair"));

        // when the revised text is adopted
        passDeadline(proposal);

        // then the statement is a draft again and says why
        StatementView draft = eventually(id, StatementStatus.DRAFT);
        assertThat(draft.outcomeReason()).isEqualTo("statement.reason.textRevised");
        assertThat(draft.decisionNumber()).isNull();
    }

    @Test
    void aStatementNeedsEveryLanguageAndTheFormSaysWhichFieldInTheReadersLanguage() throws Exception {
        // when a co-chair saves a draft without its Russian text, in Russian
        mvc.perform(post("/networks/kazakhstan/statements").param("lang", "ru")
                        .param("texts[0].language", "en").param("texts[0].title", "Joint statement").param("texts[0].text", "Text")
                        .param("texts[1].language", "ru").param("texts[1].title", "Заявление").param("texts[1].text", "")
                        .with(signedInAs(users, "kazakhstan-cochair")).with(csrf()))
                // then the form comes back with the error next to the Russian text, in Russian, and the input kept
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("draft", "texts[1].text"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("не может быть пустым")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Joint statement\"")));

        // and a member may not draft at all
        mvc.perform(post("/networks/kazakhstan/statements").param("texts[0].language", "en").param("texts[0].title", "T")
                .param("texts[0].text", "T").param("texts[1].language", "ru").param("texts[1].title", "Т").param("texts[1].text", "Т")
                .with(signedInAs(users, "kazakhstan-member")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void aPageOfStatementsTakesTheSameFewQueriesWhateverItsSize() {
        // given more statements than the smaller page holds, several in a second version
        for (int i = 0; i < 6; i++) {
            UUID id = drafted("page " + i + " " + UUID.randomUUID().toString().substring(0, 6));
            if (i % 2 == 0) {
                statements.newVersion(KZ, id, new StatementDraft(null, texts("page " + i + " revised"), null), viewer("kazakhstan-cochair"));
            }
        }
        Viewer member = viewer("kazakhstan-member");

        // when a page of 2 and a page of 20 are read, with their titles in every language
        long small = queries(() -> statements.visible(KZ, member, false, PageRequest.of(0, 2)).forEach(s -> s.title(java.util.Locale.ENGLISH)));
        long large = queries(() -> statements.visible(KZ, member, false, PageRequest.of(0, 20)).forEach(s -> s.title(java.util.Locale.ENGLISH)));

        // then both take the same handful of queries, none per statement (the larger may spare the count, being the last page)
        assertThat(small).isLessThanOrEqualTo(5);
        assertThat(large).isLessThanOrEqualTo(small);
    }

    private long queries(Runnable work) {
        var statistics = factory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            work.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void theDemoNetworksHaveAPublishedAnEndorsedAndADraftStatement() {
        for (String network : List.of("kazakhstan", "turkmenistan")) {
            // given the demo, when the network's statements are read by its secretariat
            Supplier<List<StatementSummary>> all = () -> statements.visible(network, viewer(network + "-secretariat"), false,
                    PageRequest.of(0, 100)).getContent();

            // then the last International Migrants Day's statement is public, in English and Russian
            StatementSummary day = statements.published(network, PageRequest.of(0, 100)).getContent().stream()
                    .filter(s -> s.title(java.util.Locale.ENGLISH).contains("International Migrants Day")).findFirst().orElseThrow();
            assertThat(day.deliveredOn().getMonthValue()).isEqualTo(12);
            assertThat(day.deliveredOn().getDayOfMonth()).isEqualTo(18);
            assertThat(day.languages()).containsExactly("en", "ru");
            StatementView published = statements.publishedStatement(network, day.id());
            assertThat(published.coChairs()).hasSize(2).allSatisfy(c -> assertThat(c.signed()).isTrue());
            // and one waits for the co-chairs' sign-off, one is a draft in its second version
            assertThat(all.get()).anySatisfy(s -> assertThat(s.status()).isEqualTo(StatementStatus.ENDORSED));
            assertThat(all.get()).anySatisfy(s -> {
                assertThat(s.status()).isEqualTo(StatementStatus.DRAFT);
                assertThat(s.version()).isEqualTo(2);
            });
        }
    }
}
