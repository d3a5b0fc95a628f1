package org.kenes.library;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.DemoMode;
import org.kenes.shared.InformationLevel;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the demo networks' members shared over the year: updates and links, internal, for partners and public. */
@Component
@Order(70)
class DemoLibrary implements ApplicationRunner {

    private final DemoMode demoMode;
    private final LibraryItemRepository items;
    private final NetworkConfigurations networks;
    private final Clock clock;

    DemoLibrary(DemoMode demoMode, LibraryItemRepository items, NetworkConfigurations networks, Clock clock) {
        this.demoMode = demoMode;
        this.items = items;
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(org.springframework.boot.ApplicationArguments args) {
        if (!demoMode.enabled() || items.count() > 0) {
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
