package org.kenes.membership;

import java.util.List;
import java.util.Map;
import org.kenes.identity.Accounts;
import org.kenes.identity.AccountSummary;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.DemoMode;
import org.kenes.shared.NetworkRole;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo people for every role of every configured network, all with the password {@code kenes-demo}: the platform
 * administrator, and per network its secretariat officer, a co-chair, a member agency's focal point, the
 * government counterpart's focal point (an external partner) and an observer.
 */
@Component
@Order(30)
class DemoPeople implements ApplicationRunner {

    static final String PASSWORD = "kenes-demo";

    private final DemoMode demoMode;
    private final Accounts accounts;
    private final Appointments appointments;
    private final NetworkConfigurations networks;

    DemoPeople(DemoMode demoMode, Accounts accounts, Appointments appointments, NetworkConfigurations networks) {
        this.demoMode = demoMode;
        this.accounts = accounts;
        this.appointments = appointments;
        this.networks = networks;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled()) {
            return;
        }
        accounts.ensure(new Accounts.NewAccount("admin", "admin@kenes.example", "Platform Administrator", PASSWORD,
                true, true));
        for (var summary : networks.all()) {
            NetworkConfiguration network = networks.of(summary.slug());
            String slug = network.slug();
            String secretariat = network.secretariat().organisation();
            String memberAgency = network.members().stream()
                    .filter(code -> !code.equals(secretariat) && network.coChairs().stream().noneMatch(c -> c.organisation().equals(code)))
                    .findFirst().orElse(secretariat);
            List<NetworkConfiguration.Counterpart> counterparts = network.counterpartsConsultedOnStateMatters().isEmpty()
                    ? network.governmentCounterparts() : network.counterpartsConsultedOnStateMatters();
            person(slug, "secretariat", secretariat, NetworkRole.SECRETARIAT);
            person(slug, "cochair", network.coChairs().getFirst().organisation(), NetworkRole.CO_CHAIR);
            person(slug, "member", memberAgency, NetworkRole.FOCAL_POINT);
            if (!counterparts.isEmpty()) {
                person(slug, "partner", counterparts.getFirst().code(), NetworkRole.EXTERNAL_PARTNER);
            }
            person(slug, "observer", network.members().getLast(), NetworkRole.OBSERVER);
        }
    }

    private void person(String slug, String role, String organisation, NetworkRole networkRole) {
        String username = slug + "-" + role;
        AccountSummary account = accounts.ensure(new Accounts.NewAccount(username, username + "@kenes.example",
                NAMES.getOrDefault(username, username) + " (" + organisation + ")", PASSWORD, false, true));
        appointments.appoint(slug, account.id(), organisation, networkRole);
    }

    /** Invented people; a network configured later gets its usernames as names. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("kazakhstan-secretariat", "Aigerim Sadykova"),
            Map.entry("kazakhstan-cochair", "Daniel Moreau"),
            Map.entry("kazakhstan-member", "Нурлан Абенов"),
            Map.entry("kazakhstan-partner", "Saule Zhaksybekova"),
            Map.entry("kazakhstan-observer", "Timur Iskakov"),
            Map.entry("turkmenistan-secretariat", "Maral Annayeva"),
            Map.entry("turkmenistan-cochair", "Elena Rossi"),
            Map.entry("turkmenistan-member", "Batyr Orazov"),
            Map.entry("turkmenistan-partner", "Gülnara Atayeva"),
            Map.entry("turkmenistan-observer", "Döwlet Hojayev"));
}
