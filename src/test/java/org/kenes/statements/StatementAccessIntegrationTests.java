package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.PositionKind;
import org.kenes.decisions.Procedure;
import org.kenes.decisions.ProposalView;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who sees which statement, tried by everyone (the demo people of both networks and an anonymous visitor) over every
 * path: the pages, the register, the API, the PDF, the public list, the public page's fragment and the feed. A statement
 * stays with its body until delivered; then it reaches its level, and a public one reaches anyone.
 */
@KenesIntegrationTest
class StatementAccessIntegrationTests {

    private static final String KZ = "kazakhstan";
    private static final String SECRETARIAT = "kazakhstan-secretariat";
    private static final String COCHAIR = "kazakhstan-cochair";
    /** UNDP's focal point, in the labour migration working group. */
    private static final String MEMBER = "kazakhstan-member";
    /** The Ministry of Labour's focal point: an external partner, in the labour migration working group. */
    private static final String PARTNER = "kazakhstan-partner";
    /** ILO's focal point, an observer. */
    private static final String OBSERVER = "kazakhstan-observer";
    private static final List<String> EVERYONE = Arrays.asList(null, SECRETARIAT, COCHAIR, MEMBER, PARTNER, OBSERVER,
            "turkmenistan-secretariat", "turkmenistan-cochair", "turkmenistan-member", "turkmenistan-partner", "turkmenistan-observer");

    @Autowired MockMvc mvc;
    @Autowired Statements statements;
    @Autowired Consultations consultations;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private final Map<String, UUID> ids = new LinkedHashMap<>();
    private final Map<String, String> titles = new LinkedHashMap<>();

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private UUID statement(String kind, UUID group) {
        String title = "Access " + kind + " " + UUID.randomUUID().toString().substring(0, 8);
        titles.put(kind, title);
        UUID id = statements.create(KZ, new StatementDraft(group, List.of(new LanguageText("en", title, "Text of " + title),
                new LanguageText("ru", "Заявление " + title, "Текст " + title)), null), viewer(SECRETARIAT));
        ids.put(kind, id);
        return id;
    }

    /** Endorsed in a meeting where every member supports it, signed off by both co-chairs, delivered today at that level. */
    private void deliver(UUID id, InformationLevel level) throws InterruptedException {
        UUID proposal = statements.submitForEndorsement(KZ, id, new EndorsementRequest(Procedure.IN_MEETING, null, null, false),
                viewer(COCHAIR));
        for (ProposalView.MemberLine member : consultations.forNotice(KZ, proposal).members()) {
            consultations.givePosition(KZ, proposal, member.organisation(), PositionKind.SUPPORT, null, viewer(SECRETARIAT));
        }
        consultations.closeInMeeting(KZ, proposal, viewer(SECRETARIAT));
        for (int i = 0; i < 100 && statements.forNotice(KZ, id).status() != StatementStatus.ENDORSED; i++) {
            Thread.sleep(100);
        }
        statements.changeLevel(KZ, id, level, viewer(COCHAIR));
        statements.signOff(KZ, id, null, viewer(COCHAIR));
        for (StatementView.CoChairLine line : statements.forNotice(KZ, id).coChairs()) {
            if (!line.signed()) {
                statements.signOff(KZ, id, line.positionCode(), viewer(SECRETARIAT));
            }
        }
        statements.deliver(KZ, id, new Delivery(LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Almaty"))), "Access test"),
                viewer(COCHAIR));
    }

    @BeforeEach
    void statements() throws InterruptedException {
        UUID labour = jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour Migration%'")
                .query(UUID.class).single();
        statement("draft", null);
        statement("group draft", labour);
        deliver(statement("delivered internal", null), InformationLevel.INTERNAL);
        deliver(statement("delivered for partners", null), InformationLevel.PARTNERS);
        deliver(statement("delivered public", null), InformationLevel.PUBLIC);
    }

    private MockHttpServletResponse open(String path, String person) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** Opens the path as everyone: those named see the statement (200), the others neither it nor its title. */
    private void onlyFor(String kind, String path, List<String> allowed) throws Exception {
        for (String person : EVERYONE) {
            MockHttpServletResponse response = open(path, person);
            String who = person == null ? "an anonymous visitor" : person;
            if (allowed.contains(person)) {
                assertThat(response.getStatus()).as(kind + " at " + path + " for " + who).isEqualTo(200);
            } else {
                assertThat(response.getStatus()).as(kind + " at " + path + " for " + who).isIn(302, 401, 404);
                if (person == null && !path.startsWith("/api")) {
                    // an anonymous visitor is sent to sign in, never shown the statement
                    assertThat(response.getStatus()).as(kind + " at " + path + " for " + who).isIn(302, 404);
                }
                assertThat(response.getContentAsString()).as(kind + " at " + path + " for " + who).doesNotContain(titles.get(kind));
            }
        }
    }

    private static List<String> people(String... names) {
        return Arrays.asList(names);
    }

    @Test
    void theStatementPagesPdfAndApiFollowTheBodyAndTheLevel() throws Exception {
        List<String> networkMembers = people(SECRETARIAT, COCHAIR, MEMBER);
        List<String> signedIn = EVERYONE.stream().filter(p -> p != null).toList();
        Map<String, List<String>> readers = new LinkedHashMap<>();
        readers.put("draft", networkMembers);
        // a working group's statement: its participants (the partner included), the secretariat, the co-chairs who sign
        readers.put("group draft", people(SECRETARIAT, COCHAIR, MEMBER, PARTNER));
        readers.put("delivered internal", networkMembers);
        readers.put("delivered for partners", people(SECRETARIAT, COCHAIR, MEMBER, PARTNER, OBSERVER));
        readers.put("delivered public", signedIn);
        for (var entry : readers.entrySet()) {
            UUID id = ids.get(entry.getKey());
            onlyFor(entry.getKey(), "/networks/kazakhstan/statements/" + id, entry.getValue());
            onlyFor(entry.getKey(), "/networks/kazakhstan/statements/" + id + ".pdf", entry.getValue());
            onlyFor(entry.getKey(), "/api/v1/networks/kazakhstan/statements/" + id, entry.getValue());
            // and a statement is never found under another network's address
            assertThat(open("/networks/turkmenistan/statements/" + id, "turkmenistan-secretariat").getStatus()).isEqualTo(404);
            assertThat(open("/networks/turkmenistan/statements/" + id, SECRETARIAT).getStatus()).isIn(403, 404);
        }
    }

    @Test
    void thePublicPathsShowDeliveredPublicStatementsOnlyToAnyone() throws Exception {
        for (String kind : titles.keySet()) {
            List<String> allowed = kind.equals("delivered public") ? EVERYONE : people();
            UUID id = ids.get(kind);
            onlyFor(kind, "/networks/kazakhstan/public/statements/" + id, allowed);
            onlyFor(kind, "/networks/kazakhstan/public/statements/" + id + ".pdf", allowed);
        }
        // the list, the public page's fragment and the feed name the public statement and nothing else
        for (String person : EVERYONE) {
            for (String path : List.of("/networks/kazakhstan/public/statements", "/networks/kazakhstan/public/statements.atom")) {
                String body = open(path, person).getContentAsString();
                assertThat(body).as(path).contains(titles.get("delivered public"));
                titles.keySet().stream().filter(k -> !k.equals("delivered public"))
                        .forEach(k -> assertThat(body).as(path + " for " + person).doesNotContain(titles.get(k)));
            }
        }
        String fragment = mvc.perform(get("/networks/kazakhstan/public/statements").header("HX-Request", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains(titles.get("delivered public"), "id=\"published-statements\"").doesNotContain("<html");
        titles.keySet().stream().filter(k -> !k.equals("delivered public"))
                .forEach(k -> assertThat(fragment).doesNotContain(titles.get(k)));
    }

    @Test
    void theFeedIsWellFormedAtomAndEscapesWhatAStatementSays() throws Exception {
        // given a public statement whose title holds characters that mean something in XML
        String title = "Rights & <duties> of \"migrants\" " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = statements.create(KZ, new StatementDraft(null, List.of(new LanguageText("en", title, "Text"),
                new LanguageText("ru", "Права и обязанности", "Текст")), null), viewer(SECRETARIAT));
        deliver(id, InformationLevel.PUBLIC);

        // when anyone reads the feed
        MockHttpServletResponse feed = open("/networks/kazakhstan/public/statements.atom", null);

        // then it is Atom, which an XML parser reads back to the very title
        assertThat(feed.getContentType()).startsWith("application/atom+xml");
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed.getContentAsByteArray()));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        var entries = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> entryTitles = new java.util.ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (org.w3c.dom.Element) entries.item(i);
            entryTitles.add(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        }
        assertThat(entryTitles).contains(title, titles.get("delivered public"));
        assertThat(feed.getContentAsString()).doesNotContain(titles.get("draft"), titles.get("delivered internal"));
    }

    @Test
    void theRegisterAndTheApiListShowEachPersonOnlyWhatTheyMaySee() throws Exception {
        for (String person : EVERYONE.stream().filter(p -> p != null).toList()) {
            String page = open("/networks/kazakhstan/statements", person).getContentAsString();
            String register = open("/networks/kazakhstan/statements/register", person).getContentAsString();
            String api = open("/api/v1/networks/kazakhstan/statements?size=100", person).getContentAsString();
            for (String kind : titles.keySet()) {
                boolean sees = sees(kind, person);
                // the five are the latest changed, so on the first page
                assertThat(page.contains(titles.get(kind))).as(kind + " listed for " + person).isEqualTo(sees);
                assertThat(api.contains(ids.get(kind).toString())).as(kind + " in the API list for " + person).isEqualTo(sees);
                if (!sees) {
                    assertThat(register).as(kind + " in the register for " + person).doesNotContain(titles.get(kind));
                }
            }
        }
        // an anonymous visitor is asked to sign in
        assertThat(open("/networks/kazakhstan/statements", null).getStatus()).isEqualTo(302);
        assertThat(open("/api/v1/networks/kazakhstan/statements", null).getStatus()).isEqualTo(401);
    }

    private boolean sees(String kind, String person) {
        boolean member = List.of(SECRETARIAT, COCHAIR, MEMBER).contains(person);
        return switch (kind) {
            case "draft", "delivered internal" -> member;
            case "group draft" -> member || PARTNER.equals(person);
            case "delivered for partners" -> member || PARTNER.equals(person) || OBSERVER.equals(person);
            case "delivered public" -> true;
            default -> false;
        };
    }
}
