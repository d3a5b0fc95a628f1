package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.library.files.LibraryFileTests;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Search in Russian and English over titles, texts and file contents: words found by their stem in either language,
 * also mixed in one query; facets and paging counted over what the person may see only.
 */
@KenesIntegrationTest
class LibrarySearchIntegrationTests {

    @Autowired Library library;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    /** A word no other item holds, so each test finds only its own items. */
    private static String marker() {
        StringBuilder word = new StringBuilder("q");
        UUID.randomUUID().toString().replace("-", "").chars().limit(12).forEach(c -> word.append((char) (Character.isDigit(c) ? c - '0' + 'g' : c)));
        return word.toString();
    }

    private UUID update(String title, String body, ItemKind kind, String organisation, LocalDate date, String gcm) {
        return library.share("kazakhstan", new NewItem(ItemForm.UPDATE, kind, title, body, null, organisation, date, "ru", gcm, null),
                null, viewer("kazakhstan-secretariat"));
    }

    private List<String> titles(String query, String person) {
        return library.search("kazakhstan", SearchRequest.of(query), viewer(person)).items().stream().map(LibraryItemView::title).toList();
    }

    @Test
    void aRussianWordIsFoundByItsStem() {
        String m = marker();
        update("Права мигрантов " + m, "Памятка для трудящихся-мигрантов и их семей.", ItemKind.GUIDANCE, "IOM", LocalDate.now(), null);

        assertThat(titles("мигрант " + m, "kazakhstan-member")).containsExactly("Права мигрантов " + m);
        assertThat(titles("мигранты " + m, "kazakhstan-member")).containsExactly("Права мигрантов " + m);
        assertThat(titles("МИГРАНТАМ " + m, "kazakhstan-member")).containsExactly("Права мигрантов " + m);
        assertThat(titles("беженцы " + m, "kazakhstan-member")).isEmpty();
    }

    @Test
    void anEnglishWordIsFoundByItsStem() {
        String m = marker();
        update("Returning migrants " + m, "Reintegration of migrant workers returning home.", ItemKind.STUDY, "ILO", LocalDate.now(), null);

        assertThat(titles("migrant " + m, "kazakhstan-member")).containsExactly("Returning migrants " + m);
        assertThat(titles("return " + m, "kazakhstan-member")).containsExactly("Returning migrants " + m);
        assertThat(titles("refugee " + m, "kazakhstan-member")).isEmpty();
    }

    @Test
    void oneQueryMixesRussianAndEnglishWords() {
        String m = marker();
        update("Трудовая миграция " + m, "Labour migration corridors between Central Asia and Russia; права трудящихся-мигрантов.",
                ItemKind.REPORT, "IOM", LocalDate.now(), null);
        update("Labour market " + m, "Only English here.", ItemKind.REPORT, "IOM", LocalDate.now(), null);

        assertThat(titles("мигрантов labour " + m, "kazakhstan-member")).containsExactly("Трудовая миграция " + m);
        assertThat(titles("labour " + m, "kazakhstan-member")).hasSize(2);
    }

    @Test
    void aWordInsideAFileFindsItsDocument() throws Exception {
        String m = marker();
        Viewer secretariat = viewer("kazakhstan-secretariat");
        library.share("kazakhstan", new NewItem(ItemForm.DOCUMENT, ItemKind.STUDY, "Survey " + m, null, null, "IOM", LocalDate.now(),
                "ru", null, null), new Library.Upload("survey.docx", LibraryFileTests.docx("Опрос домохозяйств мигрантов", "remittances " + m)),
                secretariat);
        UUID pdf = library.share("kazakhstan", new NewItem(ItemForm.DOCUMENT, ItemKind.REPORT, "Annual figures " + m, null, null, "IOM",
                LocalDate.now(), "en", null, null), new Library.Upload("figures.pdf", LibraryFileTests.pdf("Deportations fell " + m)),
                secretariat);

        assertThat(titles("домохозяйство " + m, "kazakhstan-member")).containsExactly("Survey " + m);
        assertThat(titles("remittance " + m, "kazakhstan-member")).containsExactly("Survey " + m);
        assertThat(titles("deportation " + m, "kazakhstan-member")).containsExactly("Annual figures " + m);

        // the current version is what is searched
        library.addVersion("kazakhstan", pdf, new Library.Upload("figures.pdf", LibraryFileTests.pdf("Arrivals rose " + m)), secretariat);
        assertThat(titles("deportation " + m, "kazakhstan-member")).isEmpty();
        assertThat(titles("arrivals " + m, "kazakhstan-member")).containsExactly("Annual figures " + m);
    }

    @Test
    void facetsCountWhatMatchesAndNarrowTheResults() {
        String m = marker();
        update("Study one " + m, "text", ItemKind.STUDY, "IOM", LocalDate.of(2025, 3, 1), "6, 7");
        update("Study two " + m, "text", ItemKind.STUDY, "UNDP", LocalDate.of(2026, 3, 1), "7");
        update("Report " + m, "text", ItemKind.REPORT, "IOM", LocalDate.of(2026, 4, 1), "GCM 23");
        Viewer member = viewer("kazakhstan-member");

        SearchResults all = library.search("kazakhstan", SearchRequest.of(m), member);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.kinds()).isEqualTo(Map.of(ItemKind.STUDY, 2L, ItemKind.REPORT, 1L));
        assertThat(all.gcm()).isEqualTo(Map.of(6, 1L, 7, 2L, 23, 1L));
        assertThat(all.years()).isEqualTo(Map.of(2025, 1L, 2026, 2L));
        assertThat(all.organisations()).isEqualTo(Map.of("IOM", 2L, "UNDP", 1L));

        SearchResults studies = library.search("kazakhstan", new SearchRequest(m, ItemKind.STUDY, null, null, null, 0, 20), member);
        assertThat(studies.items()).extracting(LibraryItemView::title).containsExactly("Study two " + m, "Study one " + m);
        assertThat(library.search("kazakhstan", new SearchRequest(m, null, 7, 2026, null, 0, 20), member).items())
                .extracting(LibraryItemView::title).containsExactly("Study two " + m);
        assertThat(library.search("kazakhstan", new SearchRequest(m, null, null, null, "IOM", 0, 20), member).total()).isEqualTo(2);
    }

    @Test
    void resultsComeInPages() {
        String m = marker();
        for (int i = 1; i <= 5; i++) {
            update("Page item " + i + " " + m, "text", ItemKind.UPDATE, "IOM", LocalDate.of(2026, 1, i), null);
        }
        Viewer member = viewer("kazakhstan-member");

        SearchResults first = library.search("kazakhstan", new SearchRequest(m, null, null, null, null, 0, 2), member);
        SearchResults last = library.search("kazakhstan", new SearchRequest(m, null, null, null, null, 2, 2), member);

        assertThat(first.total()).isEqualTo(5);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(first.items()).hasSize(2);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).hasSize(1);
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void searchResultsAndCountsHoldOnlyWhatThePersonMaySee() {
        String m = marker();
        Viewer secretariat = viewer("kazakhstan-secretariat");
        update("Internal " + m, "text", ItemKind.STUDY, "IOM", LocalDate.now(), null);
        UUID partners = update("Partners " + m, "text", ItemKind.REPORT, "IOM", LocalDate.now(), null);
        library.level("kazakhstan", partners, InformationLevel.PARTNERS, null, library.item("kazakhstan", partners, secretariat).version(),
                secretariat);
        UUID group = jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                .query(UUID.class).single();
        library.share("kazakhstan", new NewItem(ItemForm.UPDATE, ItemKind.DATA, "Group " + m, "text", null, "IOM", LocalDate.now(), "en",
                null, group), null, secretariat);

        assertThat(titles(m, "kazakhstan-secretariat")).containsExactlyInAnyOrder("Internal " + m, "Partners " + m, "Group " + m);
        assertThat(titles(m, "kazakhstan-member")).contains("Internal " + m, "Partners " + m);
        // the external partner takes part in the labour group only: the group's item and what is open to partners
        assertThat(viewer("kazakhstan-partner").inWorkingGroup(group)).isTrue();
        assertThat(titles(m, "kazakhstan-partner")).containsExactlyInAnyOrder("Partners " + m, "Group " + m);
        assertThat(library.search("kazakhstan", SearchRequest.of(m), viewer("kazakhstan-partner")).kinds())
                .isEqualTo(Map.of(ItemKind.REPORT, 1L, ItemKind.DATA, 1L));
        assertThat(titles(m, "turkmenistan-member")).isEmpty();
        assertThat(library.search("kazakhstan", SearchRequest.of(m), Viewer.ANONYMOUS).total()).isZero();
    }

    @Test
    void topicsAreSearchedAndSdgTargetsAndCountriesMustBeKnownCodes() {
        String m = marker();
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID id = library.share("kazakhstan", new NewItem(ItemForm.UPDATE, ItemKind.UPDATE, "Note " + m, "Text", null, "IOM", LocalDate.now(),
                "en", "7", null, null, null, null, "10.7; 8.8", "remittances, diaspora", "kz TM"), null, secretariat);

        assertThat(titles("diaspora " + m, "kazakhstan-member")).containsExactly("Note " + m);
        LibraryItemView item = library.item("kazakhstan", id, secretariat);
        assertThat(item.sdgTargets()).isEqualTo("10.7, 8.8");
        assertThat(item.countries()).isEqualTo("KZ, TM");

        org.kenes.shared.RuleViolation sdg = org.assertj.core.api.Assertions.catchThrowableOfType(org.kenes.shared.RuleViolation.class,
                () -> library.share("kazakhstan", new NewItem(ItemForm.UPDATE, ItemKind.UPDATE, "Bad " + m, "Text", null, "IOM",
                        LocalDate.now(), "en", null, null, null, null, null, "10.7, 99.9", null, null), null, secretariat));
        assertThat(sdg.field()).isEqualTo("sdgTargets");
        assertThat(sdg.arguments()).containsExactly("99.9");
        org.kenes.shared.RuleViolation country = org.assertj.core.api.Assertions.catchThrowableOfType(org.kenes.shared.RuleViolation.class,
                () -> library.share("kazakhstan", new NewItem(ItemForm.UPDATE, ItemKind.UPDATE, "Bad " + m, "Text", null, "IOM",
                        LocalDate.now(), "en", null, null, null, null, null, null, null, "KZ, XX"), null, secretariat));
        assertThat(country.field()).isEqualTo("countries");
        assertThat(titles("bad " + m, "kazakhstan-secretariat")).isEmpty();
    }
}
