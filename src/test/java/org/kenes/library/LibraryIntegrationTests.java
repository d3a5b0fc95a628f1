package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.library.files.LibraryFileTests;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library's levels over every path it has so far (list, item page, file download), for every role of both
 * networks and an anonymous visitor: a unique marker in each item is looked for in every answer.
 */
@KenesIntegrationTest
class LibraryIntegrationTests {

    private static final List<String> PEOPLE = Arrays.asList(null, "kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member",
            "kazakhstan-partner", "kazakhstan-observer", "turkmenistan-secretariat", "turkmenistan-member", "turkmenistan-partner",
            "turkmenistan-observer");

    @Autowired MockMvc mvc;
    @Autowired Library library;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String person)
            throws Exception {
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request.accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn().getResponse();
    }

    /** The results of a search page, without the words the page repeats in its search box. */
    private static String found(String page) {
        return org.jsoup.Jsoup.parse(page).select("article.result").text();
    }

    private record Shared(UUID item, UUID file, String marker, Set<String> readers, Set<String> tmReaders) {

        Shared toTurkmenistan(Set<String> tmReaders) {
            return new Shared(item, file, marker, readers, tmReaders);
        }
    }

    private Shared share(InformationLevel level, Set<String> readers) {
        String marker = "MARKER-" + level + "-" + UUID.randomUUID().toString().substring(0, 8);
        UUID group = level == InformationLevel.WORKING_GROUP
                ? jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                        .query(UUID.class).single()
                : null;
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID item = library.share("kazakhstan", new NewItem(ItemForm.DOCUMENT, ItemKind.DATA, "Returns data " + marker, null, null, "IOM",
                LocalDate.now(), "en", "1", group), new Library.Upload("returns.csv",
                ("region,returns," + marker + "\nAlmaty,1200,\n").getBytes(StandardCharsets.UTF_8)), secretariat);
        if (level == InformationLevel.PUBLIC) {
            library.approvePublication("kazakhstan", item, viewer("kazakhstan-cochair"));
        }
        if (level != InformationLevel.INTERNAL && level != InformationLevel.WORKING_GROUP) {
            library.level("kazakhstan", item, level, null, library.item("kazakhstan", item, secretariat).version(), secretariat);
        }
        UUID file = library.item("kazakhstan", item, secretariat).files().getFirst().id();
        return new Shared(item, file, marker, readers, Set.of());
    }

    @Test
    void noRoleOfEitherNetworkSeesAnItemAboveItsLevelOnAnyPath() throws Exception {
        Set<String> kzMembers = Set.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member");
        Set<String> kzEveryone = Set.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member", "kazakhstan-partner",
                "kazakhstan-observer");
        Set<String> signedIn = new java.util.HashSet<>(PEOPLE.subList(1, PEOPLE.size()));
        Set<String> tmMembers = Set.of("turkmenistan-secretariat", "turkmenistan-member");
        // regional exchange: one internal item agreed by the co-chair for Turkmenistan, one still awaiting agreement
        Shared agreed = share(InformationLevel.INTERNAL, kzMembers).toTurkmenistan(tmMembers);
        library.offer("kazakhstan", agreed.item(), "turkmenistan", null, viewer("kazakhstan-secretariat"));
        library.agreeSharing("kazakhstan", agreed.item(), "turkmenistan", viewer("kazakhstan-cochair"));
        Shared awaiting = share(InformationLevel.PARTNERS, kzEveryone);
        library.offer("kazakhstan", awaiting.item(), "turkmenistan", null, viewer("kazakhstan-secretariat"));
        List<Shared> items = List.of(agreed, awaiting,
                share(InformationLevel.INTERNAL, kzMembers),
                share(InformationLevel.PARTNERS, kzEveryone),
                // the labour migration group: UNDP and the ministry take part, and the secretariat sees every group
                share(InformationLevel.WORKING_GROUP, Set.of("kazakhstan-secretariat", "kazakhstan-member", "kazakhstan-partner")),
                // public items reach anonymous visitors on the public page (still to come); signed-in people see them here
                share(InformationLevel.PUBLIC, signedIn));

        List<String> leaks = new ArrayList<>();
        for (String person : PEOPLE) {
            String list = call(get("/networks/kazakhstan/library").param("size", "100"), person).getContentAsString();
            String tmList = call(get("/networks/turkmenistan/library").param("size", "100"), person).getContentAsString();
            for (Shared shared : items) {
                boolean reader = person != null && shared.readers().contains(person);
                Map<String, String> answers = Map.of(
                        "list", list,
                        "search", found(call(get("/networks/kazakhstan/search").param("q", shared.marker()), person).getContentAsString()),
                        "api search", call(get("/api/v1/networks/kazakhstan/search").param("q", shared.marker()), person).getContentAsString(),
                        "export", call(get("/networks/kazakhstan/search.csv").param("q", shared.marker()), person)
                                .getContentAsString(StandardCharsets.UTF_8),
                        "page", call(get("/networks/kazakhstan/library/" + shared.item()), person).getContentAsString(),
                        "download", call(get("/networks/kazakhstan/library/" + shared.item() + "/files/" + shared.file()), person)
                                .getContentAsString(StandardCharsets.UTF_8));
                answers.forEach((path, body) -> {
                    if (body.contains(shared.marker()) != reader) {
                        leaks.add(person + " " + path + " " + shared.marker() + (reader ? " missing" : " leaked"));
                    }
                });
                // counts and facets count only what the person may see
                String counted = call(get("/api/v1/networks/kazakhstan/search").param("q", shared.marker()), person).getContentAsString();
                if (person != null && counted.contains("\"total\":" + (reader ? 0 : 1))) {
                    leaks.add(person + " search count " + shared.marker());
                }
                // and the facets count it for readers only
                if (person != null && counted.contains("\"kinds\":{}") == reader) {
                    leaks.add(person + " search facets " + shared.marker());
                }
                // the other network sees only what Kazakhstan agreed to share with it, and only its members do
                boolean tmReader = person != null && shared.tmReaders().contains(person);
                Map<String, String> tmAnswers = Map.of(
                        "turkmenistan list", tmList,
                        "turkmenistan search", found(call(get("/networks/turkmenistan/search").param("q", shared.marker()), person)
                                .getContentAsString()),
                        "turkmenistan page", call(get("/networks/turkmenistan/library/" + shared.item()), person).getContentAsString(),
                        "turkmenistan download", call(get("/networks/turkmenistan/library/" + shared.item() + "/files/" + shared.file()), person)
                                .getContentAsString(StandardCharsets.UTF_8),
                        "turkmenistan public list", call(get("/networks/turkmenistan/public/library"), person).getContentAsString(),
                        "turkmenistan public page", call(get("/networks/turkmenistan/public/library/" + shared.item()), person).getContentAsString());
                tmAnswers.forEach((path, body) -> {
                    boolean expected = tmReader && !path.contains("public");
                    if (body.contains(shared.marker()) != expected) {
                        leaks.add(person + " " + path + " " + shared.marker() + (expected ? " missing" : " leaked"));
                    }
                });
                // the public paths show what was agreed to be published, to anyone, signed in or not
                boolean published = shared.marker().contains("-PUBLIC-");
                Map<String, String> publicAnswers = Map.of(
                        "public list", call(get("/networks/kazakhstan/public/library").param("size", "100"), person).getContentAsString(),
                        "public page", call(get("/networks/kazakhstan/public/library/" + shared.item()), person).getContentAsString(),
                        "public download", call(get("/networks/kazakhstan/public/library/" + shared.item() + "/files/" + shared.file()), person)
                                .getContentAsString(StandardCharsets.UTF_8));
                publicAnswers.forEach((path, body) -> {
                    if (body.contains(shared.marker()) != published) {
                        leaks.add(person + " " + path + " " + shared.marker() + (published ? " missing" : " leaked"));
                    }
                });
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void publishingNeedsARecordedAgreement() {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID item = library.share("kazakhstan", new NewItem(ItemForm.UPDATE, ItemKind.UPDATE, "Border crossing reopened", "The crossing "
                + "at Zhibek Zholy reopened on Monday.", null, "IOM", LocalDate.now(), "en", null, null), null, secretariat);
        long version = library.item("kazakhstan", item, secretariat).version();
        // without an agreement, public is refused
        assertThat(refusal(() -> library.level("kazakhstan", item, InformationLevel.PUBLIC, null, version, secretariat)))
                .isEqualTo("library.level.agreementNeeded");
        // a decision of the register is an agreement, shown on the item
        library.level("kazakhstan", item, InformationLevel.PUBLIC, "KZ-2026-001", version, secretariat);
        LibraryItemView published = library.item("kazakhstan", item, secretariat);
        assertThat(published.level()).isEqualTo(InformationLevel.PUBLIC);
        assertThat(published.decisionNumber()).isEqualTo("KZ-2026-001");
        // and a stale version is refused
        assertThat(refusal(() -> library.level("kazakhstan", item, InformationLevel.INTERNAL, null, version, secretariat)))
                .isEqualTo("library.item.stale");
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndLeaveNothingBehind() throws Exception {
        int itemsBefore = jdbc.sql("select count(*) from library_item").query(Integer.class).single();
        int filesBefore = jdbc.sql("select count(*) from library_file").query(Integer.class).single();
        byte[] docx = LibraryFileTests.docx("Отчёт");
        byte[] pdf = LibraryFileTests.pdf("Отчёт");
        Map<String, MockMultipartFile> bad = Map.of(
                "is empty", new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]),
                "larger than the library takes", new MockMultipartFile("file", "large.csv", "text/csv", new byte[1024 * 1024 + 1]),
                "but its name says", new MockMultipartFile("file", "report.pdf", "application/pdf", docx),
                "is damaged", new MockMultipartFile("file", "cut.pdf", "application/pdf", Arrays.copyOf(pdf, 60)));
        for (var entry : bad.entrySet()) {
            String page = mvc.perform(multipart("/networks/kazakhstan/library").file(entry.getValue())
                    .param("form", "DOCUMENT").param("kind", "REPORT").param("title", "A report").param("organisation", "IOM")
                    .param("itemDate", LocalDate.now().toString()).with(csrf()).with(signedInAs(users, "kazakhstan-secretariat")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).as(entry.getKey()).contains("id=\"file-error\"").contains(entry.getKey()).contains("value=\"A report\"");
        }
        assertThat(jdbc.sql("select count(*) from library_item").query(Integer.class).single()).isEqualTo(itemsBefore);
        assertThat(jdbc.sql("select count(*) from library_file").query(Integer.class).single()).isEqualTo(filesBefore);
    }

    @Test
    void aDocumentKeepsEveryVersionOfItsFileWithItsChecksum() throws Exception {
        Viewer member = viewer("kazakhstan-member");
        UUID item = library.share("kazakhstan", new NewItem(ItemForm.DOCUMENT, ItemKind.STUDY, "Remittances study", null, null, "UNDP",
                LocalDate.now(), "ru", "20", null), new Library.Upload("study.docx", LibraryFileTests.docx("Денежные переводы мигрантов")), member);
        library.addVersion("kazakhstan", item, new Library.Upload("study-v2.docx", LibraryFileTests.docx("Денежные переводы, 2026")), member);
        LibraryItemView view = library.item("kazakhstan", item, member);
        assertThat(view.files()).extracting(LibraryFileView::fileVersion).containsExactly(2, 1);
        assertThat(view.files().getFirst().sha256()).hasSize(64);
        assertThat(jdbc.sql("select extracted_text from library_file where item_id = ? and file_version = 1").param(item)
                .query(String.class).single()).contains("Денежные переводы мигрантов");
        // another member may read it, but only who shared it (or the secretariat) adds a version
        byte[] other = LibraryFileTests.docx("x");
        assertThat(refusalOrDenied(() -> library.addVersion("kazakhstan", item, new Library.Upload("x.docx", other),
                viewer("kazakhstan-cochair")))).isEqualTo("denied");
    }

    @Test
    void aMemberSharesForHerOwnOrganisationOnly() throws Exception {
        assertThat(refusal(() -> library.share("kazakhstan", new NewItem(ItemForm.UPDATE, ItemKind.UPDATE, "Note", "Text", null, "UNICEF",
                LocalDate.now(), null, null, null), null, viewer("kazakhstan-member")))).isEqualTo("library.item.notYourOrganisation");
        assertThat(call(post("/networks/kazakhstan/library").param("form", "UPDATE").param("kind", "UPDATE").param("title", "x")
                .param("body", "x").param("organisation", "MOL").param("itemDate", LocalDate.now().toString()).with(csrf()),
                "kazakhstan-partner").getStatus()).isEqualTo(403);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (org.kenes.shared.RuleViolation e) {
            return e.messageKey();
        }
    }

    private static String refusalOrDenied(Runnable action) {
        try {
            action.run();
            return null;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return "denied";
        } catch (org.kenes.shared.RuleViolation e) {
            return e.messageKey();
        }
    }

}
