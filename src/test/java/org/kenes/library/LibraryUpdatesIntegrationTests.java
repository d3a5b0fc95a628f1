package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Element;

/**
 * The updates feed (everything shared, newest first, of what the reader may see) and the Atom feed of the public
 * items. Items are shared years ahead on the {@link TestClock}, so they are the newest whatever other tests shared;
 * their item date lies in the past, so the library's list (by item date) keeps showing other tests' items first.
 */
@KenesIntegrationTest
class LibraryUpdatesIntegrationTests {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final List<String> PEOPLE = Arrays.asList(null, "kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member",
            "kazakhstan-partner", "kazakhstan-observer", "turkmenistan-secretariat", "turkmenistan-member", "turkmenistan-partner");

    @Autowired MockMvc mvc;
    @Autowired Library library;
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

    private MockHttpServletResponse open(String path, String person) throws Exception {
        var request = get(path).accept(MediaType.TEXT_HTML, MediaType.ALL);
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private UUID share(InformationLevel level, ItemForm form, String title) {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID group = level == InformationLevel.WORKING_GROUP
                ? jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                        .query(UUID.class).single()
                : null;
        UUID item = library.share("kazakhstan", new NewItem(form, form == ItemForm.UPDATE ? ItemKind.UPDATE : ItemKind.STUDY, title,
                "About " + title, form == ItemForm.LINK ? "https://example.org/study?a=1&b=2" : null, "IOM", LocalDate.of(2019, 6, 1),
                "en", null, group), null, secretariat);
        if (level == InformationLevel.PUBLIC) {
            library.approvePublication("kazakhstan", item, viewer("kazakhstan-cochair"));
        }
        if (level == InformationLevel.PARTNERS || level == InformationLevel.PUBLIC) {
            library.level("kazakhstan", item, level, null, library.item("kazakhstan", item, secretariat).version(), secretariat);
        }
        // one minute between items, so "newest first" is told apart
        TestClock.advance(Duration.ofMinutes(1));
        return item;
    }

    @Test
    void theUpdatesFeedShowsEachPersonTheLatestTheyMaySeeNewestFirst() throws Exception {
        TestClock.advance(Duration.ofDays(7 * 500));
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Set<String>> readers = new LinkedHashMap<>();
        Set<String> kzMembers = Set.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member");
        Set<String> kzEveryone = Set.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member", "kazakhstan-partner",
                "kazakhstan-observer");
        Set<String> signedIn = Set.copyOf(PEOPLE.subList(1, PEOPLE.size()));
        Map<String, UUID> ids = new LinkedHashMap<>();
        ids.put("INTERNAL-" + run, share(InformationLevel.INTERNAL, ItemForm.UPDATE, "Update INTERNAL-" + run));
        readers.put("INTERNAL-" + run, kzMembers);
        ids.put("PARTNERS-" + run, share(InformationLevel.PARTNERS, ItemForm.LINK, "Link PARTNERS-" + run));
        readers.put("PARTNERS-" + run, kzEveryone);
        // the labour migration group: UNDP and the ministry take part, and the secretariat sees every group
        ids.put("GROUP-" + run, share(InformationLevel.WORKING_GROUP, ItemForm.UPDATE, "Update GROUP-" + run));
        readers.put("GROUP-" + run, Set.of("kazakhstan-secretariat", "kazakhstan-member", "kazakhstan-partner"));
        ids.put("PUBLIC-" + run, share(InformationLevel.PUBLIC, ItemForm.UPDATE, "Update PUBLIC-" + run));
        readers.put("PUBLIC-" + run, signedIn);

        List<String> wrong = new ArrayList<>();
        for (String person : PEOPLE.subList(1, PEOPLE.size())) {
            MockHttpServletResponse response = open("/networks/kazakhstan/library/updates", person);
            assertThat(response.getStatus()).as(person).isEqualTo(200);
            String page = response.getContentAsString();
            readers.forEach((marker, who) -> {
                if (page.contains(marker) != who.contains(person)) {
                    wrong.add(person + (who.contains(person) ? " misses " : " sees ") + marker);
                }
            });
            // newest first: what was shared last comes first
            List<Integer> positions = readers.keySet().stream().filter(m -> readers.get(m).contains(person)).map(page::indexOf).toList();
            if (!positions.equals(positions.stream().sorted(java.util.Comparator.reverseOrder()).toList())) {
                wrong.add(person + " does not see the newest first: " + positions);
            }
        }
        assertThat(wrong).isEmpty();

        // each line says what, who shared it, when, and links to the item
        String member = open("/networks/kazakhstan/library/updates", "kazakhstan-member").getContentAsString();
        assertThat(member).contains("/networks/kazakhstan/library/" + ids.get("PARTNERS-" + run), "IOM");
        // the library's list links to the feed
        assertThat(open("/networks/kazakhstan/library", "kazakhstan-partner").getContentAsString())
                .contains("/networks/kazakhstan/library/updates");

        // an anonymous visitor is asked to sign in, as for the library itself
        MockHttpServletResponse anonymous = open("/networks/kazakhstan/library/updates", null);
        assertThat(anonymous.getStatus()).isEqualTo(open("/networks/kazakhstan/library", null).getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).contains("/login");
        String anonymousBody = anonymous.getContentAsString();
        readers.keySet().forEach(marker -> assertThat(anonymousBody).doesNotContain(marker));
        // and a network that does not exist is not found
        assertThat(open("/networks/atlantis/library/updates", "kazakhstan-member").getStatus()).isEqualTo(404);
    }

    @Test
    void theAtomFeedCarriesThePublicItemsOnlyForAnyone() throws Exception {
        TestClock.advance(Duration.ofDays(7 * 510));
        String run = UUID.randomUUID().toString().substring(0, 8);
        // a public title holding characters that mean something in XML
        String publicTitle = "Rights & <duties> of \"migrants\" PUBLIC-" + run;
        UUID published = share(InformationLevel.PUBLIC, ItemForm.UPDATE, publicTitle);
        UUID publicLink = share(InformationLevel.PUBLIC, ItemForm.LINK, "Study PUBLIC-LINK-" + run);
        List<String> restricted = List.of("INTERNAL-" + run, "PARTNERS-" + run, "GROUP-" + run);
        share(InformationLevel.INTERNAL, ItemForm.UPDATE, "Update INTERNAL-" + run);
        share(InformationLevel.PARTNERS, ItemForm.UPDATE, "Update PARTNERS-" + run);
        share(InformationLevel.WORKING_GROUP, ItemForm.UPDATE, "Update GROUP-" + run);

        for (String person : Arrays.asList(null, "kazakhstan-secretariat", "kazakhstan-member", "kazakhstan-partner")) {
            MockHttpServletResponse feed = open("/networks/kazakhstan/public/library.atom", person);
            assertThat(feed.getStatus()).isEqualTo(200);
            assertThat(feed.getContentType()).startsWith("application/atom+xml");
            String xml = feed.getContentAsString();
            restricted.forEach(marker -> assertThat(xml).as(marker + " for " + person).doesNotContain(marker));

            // read back with an XML parser: Atom, with the public items as entries linking to their public pages
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(feed.getContentAsByteArray()));
            assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
            assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo(ATOM);
            var entries = document.getElementsByTagNameNS(ATOM, "entry");
            assertThat(entries.getLength()).isBetween(2, 50);
            List<String> titles = new ArrayList<>();
            Map<String, String> links = new LinkedHashMap<>();
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                String title = entry.getElementsByTagNameNS(ATOM, "title").item(0).getTextContent();
                titles.add(title);
                String id = entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
                var entryLinks = entry.getElementsByTagNameNS(ATOM, "link");
                for (int l = 0; l < entryLinks.getLength(); l++) {
                    Element link = (Element) entryLinks.item(l);
                    if (link.getAttribute("rel").equals("alternate")) {
                        links.put(title, link.getAttribute("href"));
                    }
                }
                // every entry is an item anyone may read
                UUID itemId = UUID.fromString(id.substring("urn:uuid:".length()));
                assertThat(library.publishedItem("kazakhstan", itemId).level()).isEqualTo(InformationLevel.PUBLIC);
                assertThat(links.get(title)).endsWith("/networks/kazakhstan/public/library/" + itemId);
            }
            // newest first: the link was shared after the update
            assertThat(titles.subList(0, 2)).containsExactly("Study PUBLIC-LINK-" + run, publicTitle);
            assertThat(links.get(publicTitle)).endsWith("/networks/kazakhstan/public/library/" + published);
            assertThat(xml).contains("https://example.org/study?a=1&amp;b=2");
        }
        // another network's feed does not carry these
        assertThat(open("/networks/turkmenistan/public/library.atom", null).getContentAsString()).doesNotContain(run);
        assertThat(publicLink).isNotNull();

        // the public library page and the network's public page advertise the feed
        for (String page : List.of("/networks/kazakhstan/public/library", "/networks/kazakhstan/public")) {
            var head = org.jsoup.Jsoup.parse(open(page, null).getContentAsString()).head();
            assertThat(head.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                    .as(page).isEqualTo("/networks/kazakhstan/public/library.atom");
            assertThat(head.select("title").text()).as(page).isNotBlank();
        }
    }
}
