package org.kenes.membership;

import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.network.ReferenceData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure every organisation a ToR names exists: the secretariat, the member agencies (named as in the UN
 * entity list) and the government counterparts (bodies of the network's country).
 */
@Component
@Order(20)
class ConfiguredOrganisations implements ApplicationRunner {

    private final NetworkConfigurations networks;
    private final ReferenceData reference;
    private final OrganisationRepository organisations;

    ConfiguredOrganisations(NetworkConfigurations networks, ReferenceData reference, OrganisationRepository organisations) {
        this.networks = networks;
        this.reference = reference;
        this.organisations = organisations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        networks.all().forEach(summary -> {
            NetworkConfiguration network = networks.of(summary.slug());
            unEntity(network.secretariat().organisation());
            network.members().forEach(this::unEntity);
            network.coChairs().forEach(position -> unEntity(position.organisation()));
            network.governmentCounterparts().forEach(counterpart -> {
                if (organisations.findByCodeAndCountry(counterpart.code(), network.country()).isEmpty()) {
                    organisations.save(new Organisation(counterpart.code(), network.country(),
                            OrganisationKind.GOVERNMENT, counterpart.name().en(), counterpart.name().ru()));
                }
            });
        });
    }

    private void unEntity(String code) {
        if (organisations.findByCodeAndCountryIsNull(code).isPresent()) {
            return;
        }
        var entity = reference.unEntity(code);
        organisations.save(new Organisation(code, null, OrganisationKind.UN_ENTITY,
                entity.map(ReferenceData.UnEntity::nameEn).orElse(code),
                entity.map(e -> e.nameRu() == null ? e.nameEn() : e.nameRu()).orElse(code)));
    }
}
