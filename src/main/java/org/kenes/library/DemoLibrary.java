package org.kenes.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.DemoMode;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.Viewer;
import org.springframework.core.io.ClassPathResource;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the demo networks' members shared over the year: updates, links and documents with their files, internal, for
 * partners and public; what the two networks shared with each other; and the papers of a meeting in each network.
 * The demo's disseminated minutes and delivered statements reach the library as any do, filed from their modules
 * once those have committed.
 */
@Component
@Order(70)
class DemoLibrary implements ApplicationRunner {

    private final DemoMode demoMode;
    private final LibraryItemRepository items;
    private final Library library;
    private final NetworkConfigurations networks;
    private final Clock clock;

    /**
     * The meetings of the demo whose minutes were filed while the demo was set up, one a network: the library knows
     * meetings by the records filed from them only, and the demo gives them their papers.
     */
    private final Map<String, RecordFiled> demoMeetings = new ConcurrentHashMap<>();

    DemoLibrary(DemoMode demoMode, LibraryItemRepository items, Library library, NetworkConfigurations networks, Clock clock) {
        this.demoMode = demoMode;
        this.items = items;
        this.library = library;
        this.networks = networks;
        this.clock = clock;
    }

    /** Heard as the demo meetings are set up, before the filing itself (which waits for their commit). */
    @EventListener
    void remember(RecordFiled record) {
        if (demoMode.enabled() && record.kind() == RecordFiled.Kind.MINUTES && record.workingGroupId() == null) {
            demoMeetings.putIfAbsent(record.networkSlug(), record);
        }
    }

    @Override
    @Transactional
    public void run(org.springframework.boot.ApplicationArguments args) {
        // the records filed from minutes and statements are not what members shared: they do not count here
        if (!demoMode.enabled() || items.countBySourceKindIsNull() > 0) {
            return;
        }
        LocalDate kz = LocalDate.now(clock.withZone(networks.of("kazakhstan").timeZone()));
        item("kazakhstan", ItemForm.UPDATE, ItemKind.UPDATE, "Seasonal agricultural work in the south begins",
                "Employers in Turkestan region report the first arrivals of seasonal workers; IOM's hotline received 40 calls "
                        + "in the first week, most about contracts and registration.", null, "IOM", kz.minusDays(12), InformationLevel.INTERNAL);
        item("kazakhstan", ItemForm.UPDATE, ItemKind.UPDATE, "Новые правила регистрации иностранных работников",
                "С первого числа следующего месяца уведомление о прибытии подаётся через портал электронного правительства. "
                        + "ПРООН подготовит памятку для мигрантов на русском и узбекском языках.", null, "UNDP", kz.minusDays(30),
                InformationLevel.PARTNERS);
        item("kazakhstan", ItemForm.LINK, ItemKind.REPORT, "World Migration Report 2024", "IOM's flagship report on global migration trends.",
                "https://worldmigrationreport.iom.int/", "IOM", kz.minusMonths(5), InformationLevel.PUBLIC);
        LocalDate tm = LocalDate.now(clock.withZone(networks.of("turkmenistan").timeZone()));
        item("turkmenistan", ItemForm.UPDATE, ItemKind.UPDATE, "Обучение сотрудников пограничной службы",
                "МОМ провела трёхдневный тренинг по выявлению жертв торговли людьми для 25 сотрудников пограничной службы.",
                null, "IOM", tm.minusDays(20), InformationLevel.INTERNAL);
        item("turkmenistan", ItemForm.LINK, ItemKind.GUIDANCE, "GCM implementation guidance for national action plans",
                "Guidance of the UN Network on Migration on preparing national GCM implementation plans.",
                "https://migrationnetwork.un.org/", "IOM", tm.minusMonths(3), InformationLevel.PUBLIC);

        documents("kazakhstan", "Kazakhstan", kz);
        documents("turkmenistan", "Turkmenistan", tm);
        papers();
    }

    /**
     * A data file cut from UN DESA's International Migrant Stock 2020 for the network's country, a study in Russian,
     * and the regional exchange: the study offered to the other network, agreed by a co-chair in Kazakhstan and still
     * awaiting agreement in Turkmenistan.
     */
    private void documents(String slug, String country, LocalDate today) {
        Viewer secretariat = demoPerson(slug, "-secretariat", NetworkRole.SECRETARIAT);
        UUID data = library.share(slug, new NewItem(ItemForm.DOCUMENT, ItemKind.DATA,
                        "International migrant stock in " + country + ", 1990–2020, by sex",
                        "UN DESA, Population Division (2020). International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020): "
                                + "the rows for " + country + ", as published.", null, "IOM", today.minusMonths(2), "en", "1", null),
                new Library.Upload("migrant-stock-" + slug + ".csv", migrantStock(country)), secretariat);
        library.approvePublication(slug, data, demoPerson(slug, "-cochair", NetworkRole.CO_CHAIR));
        library.level(slug, data, InformationLevel.PUBLIC, null, library.item(slug, data, secretariat).version(), secretariat);

        boolean kazakhstan = slug.equals("kazakhstan");
        String title = kazakhstan ? "Трудовая миграция в Казахстане: обзор за год" : "Возвратная миграция в Туркменистан: обзор";
        UUID study = library.share(slug, new NewItem(ItemForm.DOCUMENT, ItemKind.STUDY, title,
                        "Обзор для членов Сети: основные тенденции, проблемы защиты прав мигрантов и рекомендации.", null, "IOM",
                        today.minusDays(45), "ru", kazakhstan ? "5, 6, 7" : "21, 7", null),
                new Library.Upload(kazakhstan ? "obzor-trudovoy-migratsii.docx" : "obzor-vozvratnoy-migratsii.docx", docx(
                        title,
                        kazakhstan
                                ? "В течение года число трудящихся-мигрантов, прибывших на сезонные сельскохозяйственные работы, выросло. "
                                        + "Большинство обращений на горячую линию касались трудовых договоров и регистрации."
                                : "Возвращающиеся мигранты чаще всего обращаются за помощью в поиске работы и восстановлении документов.",
                        "Рекомендации: расширить информирование мигрантов до выезда, обеспечить доступ к правовой помощи, "
                                + "наладить обмен данными между ведомствами.",
                        "Labour migration review prepared for the Network's members; internal until agreed otherwise.")),
                secretariat);
        String other = kazakhstan ? "turkmenistan" : "kazakhstan";
        library.offer(slug, study, other, null, secretariat);
        if (kazakhstan) {
            library.agreeSharing(slug, study, other, demoPerson(slug, "-cochair", NetworkRole.CO_CHAIR));
        }
    }

    private static Viewer demoPerson(String slug, String suffix, NetworkRole role) {
        return new Viewer(new UUID(0, 0), slug + suffix, false, Map.of(slug, Set.of(role)), Set.of(), Map.of());
    }

    private static byte[] migrantStock(String country) {
        try (var in = new ClassPathResource("demo/undesa_ims2020_stock_by_sex_destination.csv").getInputStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            StringBuilder csv = new StringBuilder(lines.getFirst()).append('\n');
            lines.stream().filter(l -> l.split(",", 3)[1].equals(country)).forEach(l -> csv.append(l).append('\n'));
            return csv.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest word-processing file that office programs open: the content types, the relationship, the text. */
    private static byte[] docx(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(paragraph).append("</w:t></w:r></w:p>");
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" "
                + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                + "Target=\"word/document.xml\"/></Relationships>");
        parts.put("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body
                + "</w:body></w:document>");
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Papers shared for a meeting of each network, before it: a table of figures, and a link to a source. */
    private void papers() {
        RecordFiled kazakhstan = demoMeetings.get("kazakhstan");
        if (kazakhstan != null) {
            UUID meeting = kazakhstan.sourceId();
            LocalDate before = kazakhstan.date().minusDays(5);
            paper("kazakhstan", meeting, "Labour migration figures of the quarter, by region",
                    "The figures IOM presented at the meeting.", "labour-migration-by-region.csv",
                    "region,arrivals,departures\nAlmaty,12400,3100\nAstana,8300,1900\nShymkent,6100,2500\nTurkestan region,9800,1200\n",
                    "IOM", before);
            link("kazakhstan", meeting, "Concept of State Migration Policy 2023–2027 (text)",
                    "The Concept the meeting discussed under the second agenda item.", "https://adilet.zan.kz/", "UNDP", before);
        }
        RecordFiled turkmenistan = demoMeetings.get("turkmenistan");
        if (turkmenistan != null) {
            UUID meeting = turkmenistan.sourceId();
            LocalDate before = turkmenistan.date().minusDays(4);
            paper("turkmenistan", meeting, "Данные о миграции: сводная таблица за квартал",
                    "Таблица МОМ к пункту повестки о данных о миграции.", "migration-data.csv",
                    "показатель,значение\nвыехавшие на работу за рубеж,5200\nвернувшиеся мигранты,1800\n", "IOM", before);
            link("turkmenistan", meeting, "Joint workplan: progress of activities",
                    "UNDP's note on the joint workplan for the meeting.", "https://turkmenistan.un.org/", "UNDP", before);
        }
    }

    /** A document shared through the library's own door, its file checked and kept as any member's. */
    private void paper(String slug, UUID meeting, String title, String body, String filename, String csv, String organisation,
                       LocalDate date) {
        library.share(slug, new NewItem(ItemForm.DOCUMENT, ItemKind.MEETING_PAPER, title, body, null, organisation, date,
                null, null, null, meeting, null, null), new Library.Upload(filename, csv.getBytes(StandardCharsets.UTF_8)),
                demoPerson(slug, "-secretariat", NetworkRole.SECRETARIAT));
    }

    private void link(String slug, UUID meeting, String title, String body, String url, String organisation, LocalDate date) {
        library.share(slug, new NewItem(ItemForm.LINK, ItemKind.MEETING_PAPER, title, body, url, organisation, date, null, null,
                null, meeting, null, null), null, demoPerson(slug, "-secretariat", NetworkRole.SECRETARIAT));
    }


    private void item(String slug, ItemForm form, ItemKind kind, String title, String body, String url, String organisation,
                      LocalDate date, InformationLevel level) {
        LibraryItem item = new LibraryItem(slug, null, form, kind, title, body, url, organisation, date, null, null,
                slug + "-secretariat", clock.instant().minus(Duration.ofDays(1)));
        if (level == InformationLevel.PUBLIC) {
            item.approvePublication(slug + "-cochair", clock.instant().minus(Duration.ofHours(20)));
        }
        item.level(level);
        items.save(item);
    }
}
