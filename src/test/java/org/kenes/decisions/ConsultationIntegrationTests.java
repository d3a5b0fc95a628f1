package org.kenes.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Consultations end to end on the real database: positions, deadlines, the counterpart, the register, who may do what. */
@KenesIntegrationTest
class ConsultationIntegrationTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired MockMvc mvc;
    @Autowired Consultations consultations;
    @Autowired Decisions decisions;
    @Autowired ConsultationDeadlines deadlines;
    @Autowired JdbcClient jdbc;
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

    private UUID open(String title, Procedure procedure, boolean stateRelevant, int daysToDeadline) {
        LocalDate day = LocalDate.now(ALMATY).plusDays(daysToDeadline);
        return consultations.open("kazakhstan", new NewProposal(title, "The members agree that " + title.toLowerCase() + ".", null,
                stateRelevant, procedure, day, LocalTime.MIDNIGHT, null, null), viewer("kazakhstan-cochair"));
    }

    /** Moves the clock to just past the deadline and lets the job run. */
    private void passDeadline(UUID id) {
        ProposalView proposal = consultations.proposal("kazakhstan", id, viewer("kazakhstan-secretariat"));
        TestClock.advance(Duration.between(java.time.Instant.now(), proposal.deadline().toInstant()).plusSeconds(1));
        deadlines.run();
    }

    @Test
    void aSilenceProcedureWithoutObjectionIsAdoptedAtTheDeadlineAndNumberedOnce() {
        // given a co-chair opens a silence procedure ending at midnight in Astana, and two members give positions
        UUID id = open("Joint messages on ethical recruitment " + UUID.randomUUID().toString().substring(0, 6),
                Procedure.SILENCE_PROCEDURE, false, 3);
        consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.SUPPORT, null, viewer("kazakhstan-member"));
        consultations.givePosition("kazakhstan", id, "IOM", PositionKind.NO_OBJECTION, null, viewer("kazakhstan-secretariat"));
        ProposalView before = consultations.proposal("kazakhstan", id, viewer("kazakhstan-member"));
        assertThat(before.deadline().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(before.deadline().getZone()).isEqualTo(ALMATY);

        // when the deadline passes and the job runs twice (as two nodes would)
        passDeadline(id);
        deadlines.run();
        consultations.closeIfDue(id);

        // then it is adopted once, numbered KZ-<year>-NNN, at the deadline
        ProposalView after = consultations.proposal("kazakhstan", id, viewer("kazakhstan-member"));
        assertThat(after.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(after.decisionNumber()).matches("KZ-" + before.deadline().getYear() + "-\\d{3}");
        assertThat(jdbc.sql("select count(*) from decision where proposal_id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        DecisionView decision = decisions.decision("kazakhstan", after.decisionNumber(), viewer("kazakhstan-member"));
        assertThat(decision.adoptedAt().toInstant()).isEqualTo(before.deadline().toInstant());
        assertThat(decision.positions()).extracting(Position::organisation).containsExactlyInAnyOrder("IOM", "UNDP");

        // and positions can no longer be given
        assertThatThrownBy(() -> consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.OBJECTION, "late", viewer("kazakhstan-member")))
                .isInstanceOf(RuleViolation.class).hasMessage("proposal.notOpen");
    }

    @Test
    void silenceBrokenAMinuteBeforeTheDeadlineMeansNotAdoptedAndAnObjectionWithdrawnInTimeDoesNotBlock() {
        // given two silence procedures
        UUID broken = open("Statement on visa facilitation " + UUID.randomUUID().toString().substring(0, 6), Procedure.SILENCE_PROCEDURE, false, 2);
        UUID withdrawn = open("Statement on border health " + UUID.randomUUID().toString().substring(0, 6), Procedure.SILENCE_PROCEDURE, false, 2);
        ProposalView proposal = consultations.proposal("kazakhstan", broken, viewer("kazakhstan-member"));

        // when UNDP objects to the second, then changes to no objection; and objects to the first one minute before its deadline
        consultations.givePosition("kazakhstan", withdrawn, "UNDP", PositionKind.OBJECTION, "The wording on quarantine", viewer("kazakhstan-member"));
        consultations.givePosition("kazakhstan", withdrawn, "UNDP", PositionKind.NO_OBJECTION, null, viewer("kazakhstan-member"));
        TestClock.advance(Duration.between(java.time.Instant.now(), proposal.deadline().toInstant()).minusSeconds(60));
        consultations.givePosition("kazakhstan", broken, "UNDP", PositionKind.OBJECTION, "Not consulted with our regional office",
                viewer("kazakhstan-member"));
        TestClock.advance(Duration.ofSeconds(61));
        deadlines.run();

        // then the first is not adopted, silence having been broken; the second is adopted; every change was kept
        ProposalView first = consultations.proposal("kazakhstan", broken, viewer("kazakhstan-member"));
        assertThat(first.status()).isEqualTo(ProposalStatus.NOT_ADOPTED);
        assertThat(first.outcomeReason()).isEqualTo("consensus.reason.silenceBroken");
        ProposalView second = consultations.proposal("kazakhstan", withdrawn, viewer("kazakhstan-member"));
        assertThat(second.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(second.history()).extracting(Position::kind).containsExactly(PositionKind.OBJECTION, PositionKind.NO_OBJECTION);
    }

    @Test
    void aStateRelevantProposalWaitsForTheMinistrysConsultationThenIsAdopted() throws Exception {
        // given a state-relevant silence procedure with no objection
        UUID id = open("Recommendations on the quota law " + UUID.randomUUID().toString().substring(0, 6), Procedure.SILENCE_PROCEDURE, true, 1);

        // when the deadline passes, then it waits for the Ministry of Labour's consultation, and says why
        passDeadline(id);
        ProposalView waiting = consultations.proposal("kazakhstan", id, viewer("kazakhstan-secretariat"));
        assertThat(waiting.status()).isEqualTo(ProposalStatus.WAITING_FOR_COUNTERPART);
        assertThat(waiting.counterpartsRequired()).containsExactly("MOL");
        assertThat(waiting.decisionNumber()).isNull();

        // when a member (not the secretariat) tries to record it, it is refused; a missing response is refused with the field
        mvc.perform(post("/networks/kazakhstan/decisions/" + id + "/counterpart").param("counterpart", "MOL").param("response", "Agrees")
                .param("consultedOn", LocalDate.now(ALMATY).toString()).with(signedInAs(users, "kazakhstan-member")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/networks/kazakhstan/decisions/" + id + "/counterpart").param("counterpart", "MOL").param("response", "")
                        .param("consultedOn", LocalDate.now(ALMATY).toString()).with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("refusal", "proposal.counterpart.responseNeeded"));

        // when the secretariat records the ministry's response, then it is adopted and numbered
        mvc.perform(post("/networks/kazakhstan/decisions/" + id + "/counterpart").param("counterpart", "MOL")
                        .param("response", "The Ministry welcomes the recommendations").param("consultedOn", LocalDate.now(ALMATY).toString())
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("flash", "proposal.counterpart.recorded"));
        ProposalView adopted = consultations.proposal("kazakhstan", id, viewer("kazakhstan-secretariat"));
        assertThat(adopted.status()).isEqualTo(ProposalStatus.ADOPTED);
        assertThat(adopted.consultations()).singleElement().satisfies(c -> {
            assertThat(c.counterpart()).isEqualTo("MOL");
            assertThat(c.recordedBy()).isEqualTo("kazakhstan-secretariat");
        });
        assertThat(adopted.decisionNumber()).isNotNull();
    }

    @Test
    void membersWithoutAPositionAreRemindedFortyEightHoursBeforeAndOnlyThey() throws Exception {
        // given a written consultation ending in five days, where UNDP has answered
        UUID id = open("Joint workplan indicators " + UUID.randomUUID().toString().substring(0, 6), Procedure.WRITTEN_CONSULTATION, false, 5);
        consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.SUPPORT, null, viewer("kazakhstan-member"));
        ProposalView proposal = consultations.proposal("kazakhstan", id, viewer("kazakhstan-member"));

        // when the clock reaches 47 hours before the deadline and the job runs twice
        TestClock.advance(Duration.between(java.time.Instant.now(), proposal.deadline().toInstant()).minusHours(47));
        deadlines.run();
        deadlines.run();

        // then the silent members' focal points are reminded once, and UNDP's focal point is not
        String cause = "consultation:" + id;
        int reminders = 0;
        for (int i = 0; i < 100 && reminders == 0; i++) {
            reminders = jdbc.sql("select count(*) from notification_outbox where cause = ? and subject like '%eminder%' or cause = ? and subject like 'Напоминание%'")
                    .params(cause, cause).query(Integer.class).single();
            Thread.sleep(100);
        }
        assertThat(reminders).isGreaterThan(0);
        Thread.sleep(300);
        assertThat(jdbc.sql("select count(*) from notification_outbox where cause = ? and recipient = 'n.abenov@undp.example' and subject like 'Напоминание%'")
                .param(cause).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from notification_outbox where cause = ? and (subject like '%eminder%' or subject like 'Напоминание%')")
                .param(cause).query(Integer.class).single()).isEqualTo(reminders);
    }

    @Test
    void aRevisionRestartsTheRoundAndTheMembersAreAskedAgain() {
        // given a written consultation where UNDP objected
        UUID id = open("Joint note on remittances " + UUID.randomUUID().toString().substring(0, 6), Procedure.WRITTEN_CONSULTATION, false, 4);
        consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.OBJECTION, "Figures are outdated", viewer("kazakhstan-member"));

        // when a co-chair revises the text, then round 2 has no positions and round 1 is kept
        consultations.revise("kazakhstan", id, "The members agree the joint note with the 2026 figures.", LocalDate.now(ALMATY).plusDays(6),
                LocalTime.of(18, 0), viewer("kazakhstan-cochair"));
        ProposalView revised = consultations.proposal("kazakhstan", id, viewer("kazakhstan-member"));
        assertThat(revised.round()).isEqualTo(2);
        assertThat(revised.objecting()).isEmpty();
        assertThat(revised.history()).isEmpty();
        assertThat(revised.earlierRounds()).singleElement().satisfies(r -> assertThat(r.text()).contains("joint note on remittances"));
    }

    @ParameterizedTest(name = "{0}: list {1}, proposal {2}, position {3}, open {4}")
    @CsvSource({
            "kazakhstan-secretariat, 200, 200, 302, 200",
            "kazakhstan-cochair,     200, 200, 403, 200",
            "kazakhstan-member,      200, 200, 302, 403",
            "kazakhstan-partner,     200, 403, 403, 403",
            "kazakhstan-observer,    200, 403, 403, 403",
            "turkmenistan-secretariat, 403, 403, 403, 403"})
    void whoMaySeeAConsultationAndWhoMaySpeakInIt(String person, int list, int page, int position, int openForm) throws Exception {
        // given an open written consultation of Kazakhstan
        UUID id = open("Consultation for the access matrix", Procedure.WRITTEN_CONSULTATION, false, 4);

        // then members see it; partners and observers reach the list (their working groups' consultations) but not this
        // internal one; a member speaks for her own organisation; co-chairs and the secretariat open consultations
        assertThat(statusOf(get("/networks/kazakhstan/decisions"), person)).isEqualTo(list);
        assertThat(statusOf(get("/networks/kazakhstan/decisions/" + id), person)).isEqualTo(page);
        String organisation = person.equals("kazakhstan-secretariat") ? "IOM" : "UNDP";
        assertThat(statusOf(post("/networks/kazakhstan/decisions/" + id + "/positions").param("organisation", organisation)
                .param("kind", "SUPPORT").with(csrf()), person)).isEqualTo(position);
        assertThat(statusOf(get("/networks/kazakhstan/decisions/new"), person)).isEqualTo(openForm);
    }

    @Test
    void aMemberSpeaksOnlyForHerOwnOrganisationAndAnObjectionNeedsItsReason() {
        UUID id = open("Consultation on the data group's mandate", Procedure.WRITTEN_CONSULTATION, false, 4);
        Viewer undp = viewer("kazakhstan-member");
        assertThatThrownBy(() -> consultations.givePosition("kazakhstan", id, "UNICEF", PositionKind.SUPPORT, null, undp))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.OBJECTION, " ", undp))
                .isInstanceOf(RuleViolation.class).hasMessage("position.note.needed.OBJECTION");
        assertThatThrownBy(() -> consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.STAND_ASIDE, null, undp))
                .isInstanceOf(RuleViolation.class).hasMessage("position.note.needed.STAND_ASIDE");
    }

    @Test
    void inAMeetingTheSecretariatRecordsEachMembersPositionAndClosesTheRound(@Autowired org.kenes.meetings.Meetings meetings)
            throws Exception {
        // given a proposal put to a held meeting of Kazakhstan
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID meeting = meetings.visible("kazakhstan", secretariat, org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                .filter(m -> m.status() == org.kenes.meetings.MeetingStatus.HELD).findFirst().orElseThrow().id();
        UUID id = consultations.open("kazakhstan", new NewProposal("Adoption of the annual review outline", "The members adopt the outline.",
                null, false, Procedure.IN_MEETING, null, null, null, meeting), viewer("kazakhstan-cochair"));

        // when the secretariat records every member's position during the meeting and closes the round
        for (ProposalView.MemberLine line : consultations.proposal("kazakhstan", id, secretariat).members()) {
            consultations.givePosition("kazakhstan", id, line.organisation(),
                    line.organisation().equals("UNESCO") ? PositionKind.STAND_ASIDE : PositionKind.SUPPORT,
                    line.organisation().equals("UNESCO") ? "Outside our mandate" : null, secretariat);
        }
        consultations.closeInMeeting("kazakhstan", id, secretariat);

        // then it is adopted, and the meeting's page lists it with its number
        ProposalView adopted = consultations.proposal("kazakhstan", id, secretariat);
        assertThat(adopted.status()).isEqualTo(ProposalStatus.ADOPTED);
        String fragment = mvc.perform(get("/networks/kazakhstan/decisions/of-meeting/" + meeting).with(signedInAs(users, "kazakhstan-member")))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Adoption of the annual review outline").contains(adopted.decisionNumber());
        assertThat(decisions.decision("kazakhstan", adopted.decisionNumber(), secretariat).meetingId()).isEqualTo(meeting);
        // and the fragment shows nothing to someone outside the network
        assertThat(mvc.perform(get("/networks/kazakhstan/decisions/of-meeting/" + meeting).with(signedInAs(users, "turkmenistan-secretariat")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("annual review outline");
    }

    @Test
    void openingAConsultationAsksEveryMemberOrganisationsFocalPoints() throws Exception {
        UUID id = open("Joint note on climate mobility " + UUID.randomUUID().toString().substring(0, 6), Procedure.WRITTEN_CONSULTATION, false, 6);
        int asked = 0;
        for (int i = 0; i < 100 && asked == 0; i++) {
            asked = jdbc.sql("select count(*) from notification_outbox where cause = ? and recipient = 'n.abenov@undp.example'")
                    .param("consultation:" + id).query(Integer.class).single();
            Thread.sleep(100);
        }
        assertThat(asked).isEqualTo(1);
        // the partner (a ministry) is not a member, so it is not asked
        assertThat(jdbc.sql("select count(*) from notification_outbox where cause = ? and recipient = 's.zhaksybekova@mol.example'")
                .param("consultation:" + id).query(Integer.class).single()).isZero();
    }

    @Test
    void inAWorkingGroupItsMembersDecideAndItsExternalPartnersSeeButHaveNoVoice() throws Exception {
        // given a written consultation of Kazakhstan's labour migration group (IOM, UNDP, UNICEF; partners MOL and MFA)
        UUID group = jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                .query(UUID.class).single();
        UUID id = consultations.open("kazakhstan", new NewProposal("Group's position on recruitment fees", "The group agrees.", null, false,
                Procedure.WRITTEN_CONSULTATION, LocalDate.now(ALMATY).plusDays(3), LocalTime.NOON, group, null), viewer("kazakhstan-cochair"));

        // then the group's members are consulted, not its partners
        ProposalView proposal = consultations.proposal("kazakhstan", id, viewer("kazakhstan-member"));
        assertThat(proposal.members()).extracting(ProposalView.MemberLine::organisation).containsExactlyInAnyOrder("IOM", "UNDP", "UNICEF");

        // when UNDP's representative in the group answers, then it is taken
        consultations.givePosition("kazakhstan", id, "UNDP", PositionKind.SUPPORT, null, viewer("kazakhstan-member"));

        // and the ministry, a partner of the group, reads the consultation but cannot take a position
        assertThat(statusOf(get("/networks/kazakhstan/decisions/" + id), "kazakhstan-partner")).isEqualTo(200);
        assertThatThrownBy(() -> consultations.givePosition("kazakhstan", id, "MOL", PositionKind.SUPPORT, null, viewer("kazakhstan-partner")))
                .isInstanceOf(RuleViolation.class).hasMessage("position.notMember");
        // and the observer, outside the group, does not see it
        assertThat(statusOf(get("/networks/kazakhstan/decisions/" + id), "kazakhstan-observer")).isEqualTo(403);
    }

    @Test
    void aDeadlineWithoutItsTimeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> consultations.open("kazakhstan", new NewProposal("No time", "Text", null, false, Procedure.SILENCE_PROCEDURE,
                LocalDate.now(ALMATY).plusDays(3), null, null, null), viewer("kazakhstan-cochair")))
                .isInstanceOf(RuleViolation.class).hasMessage("proposal.deadline.timeNeeded")
                .hasFieldOrPropertyWithValue("field", "deadlineTime");
    }

    private int statusOf(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String person) throws Exception {
        return mvc.perform(request.accept(MediaType.TEXT_HTML).with(signedInAs(users, person))).andReturn().getResponse().getStatus();
    }
}
