package org.kenes.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * How fast the library's search answers on a large library: {@code kenes.bench.items} items (20,000 by default) in
 * Russian and English, a third of them documents with a few pages of file text, at every level, searched as a member
 * and as an external partner. Prints and writes the median, 95th percentile and slowest time per query.
 */
@KenesIntegrationTest
class LibrarySearchBench {

    private static final String[] RU = {"мигрантов", "трудовая миграция", "возвращение", "денежные переводы", "права человека",
            "торговля людьми", "граница", "регистрация", "беженцы", "обучение сотрудников", "данные", "семьи мигрантов"};
    private static final String[] EN = {"labour migration", "returning migrants", "remittances", "border management",
            "human trafficking", "registration", "refugees", "training", "data", "migrant families", "climate", "health"};
    private static final String[] KINDS = Arrays.stream(ItemKind.values()).map(Enum::name).toArray(String[]::new);
    private static final String[] LEVELS = {"INTERNAL", "PARTNERS", "PUBLIC", "INTERNAL"};
    private static final String[] ORGANISATIONS = {"IOM", "UNDP", "UNICEF", "ILO", "UNHCR", "UNFPA", "WHO", "UN Women"};

    @Autowired JdbcTemplate jdbc;
    @Autowired SearchIndex index;
    @Autowired Library library;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    @Value("${kenes.bench.items:20000}")
    int size;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    @Test
    void searchOnALargeLibrary() throws Exception {
        long seeding = System.nanoTime();
        seed();
        index.rebuild();
        double seedSeconds = (System.nanoTime() - seeding) / 1e9;

        List<String> lines = new ArrayList<>();
        lines.add(String.format("%,d items seeded and indexed in %.1f s%n", size, seedSeconds));
        lines.add(String.format("%-40s %-12s %10s %10s %10s %10s%n", "query", "as", "found", "median ms", "p95 ms", "max ms"));
        for (String person : List.of("kazakhstan-member", "kazakhstan-partner")) {
            Viewer viewer = viewer(person);
            for (SearchRequest request : List.of(
                    SearchRequest.of(null),
                    SearchRequest.of("мигрант"),
                    SearchRequest.of("migrant"),
                    SearchRequest.of("трудовая migration"),
                    SearchRequest.of("денежных переводов"),
                    new SearchRequest("data", ItemKind.DATA, 7, null, null, 0, 20),
                    new SearchRequest("мигрант", null, null, 2025, "IOM", 3, 20))) {
                lines.add(measure(request, viewer, person));
            }
        }
        String report = String.join("", lines);
        System.out.println(report);
        Path out = Path.of("target/bench/library-search.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String measure(SearchRequest request, Viewer viewer, String person) {
        for (int i = 0; i < 20; i++) {
            library.search("kazakhstan", request, viewer); // warm-up
        }
        int runs = 100;
        long[] nanos = new long[runs];
        long found = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            found = library.search("kazakhstan", request, viewer).total();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        String label = (request.q() == null ? "(browse)" : request.q())
                + (request.kind() != null || request.year() != null ? " + facets, page " + (request.page() + 1) : "");
        return String.format("%-40s %-12s %10d %10.1f %10.1f %10.1f%n", label, person.replace("kazakhstan-", ""), found,
                nanos[runs / 2] / 1e6, nanos[runs * 95 / 100] / 1e6, nanos[runs - 1] / 1e6);
    }

    private void seed() {
        Random random = new Random(42);
        List<Object[]> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < size; i++) {
            boolean russian = random.nextBoolean();
            String[] words = russian ? RU : EN;
            String title = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " " + i;
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                body.append(words[random.nextInt(words.length)]).append(w % 8 == 7 ? ". " : " ");
            }
            String fileText = null;
            if (i % 3 == 0) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 800; w++) {
                    text.append(words[random.nextInt(words.length)]).append(' ');
                }
                fileText = text.toString();
            }
            rows.add(new Object[]{UUID.randomUUID(), "kazakhstan", i % 3 == 0 ? "DOCUMENT" : "UPDATE", KINDS[random.nextInt(KINDS.length)],
                    title, body.toString(), ORGANISATIONS[random.nextInt(ORGANISATIONS.length)],
                    Date.valueOf(LocalDate.of(2019 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28))),
                    russian ? "ru" : "en", String.valueOf(1 + random.nextInt(23)) + ", " + (1 + random.nextInt(23)),
                    LEVELS[random.nextInt(LEVELS.length)], "bench", Timestamp.from(now.minusSeconds(i)), fileText});
        }
        jdbc.batchUpdate("""
                insert into library_item (id, network_slug, form, kind, title, body, organisation, item_date, languages, gcm_objectives,
                                          level, approved_by, created_by, created_at, file_text)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, ?)""", rows);
    }
}
