package org.kenes.membership;

import java.time.LocalDate;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.network.ReferenceData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The composition the ToR gives a network, as its first member list: the coordinator and secretariat, the member
 * agencies, and the government counterparts as external partners. Added once; afterwards the secretariat keeps the
 * list, so an organisation that left is not brought back by a restart.
 */
@Component
@Order(20)
class ConfiguredOrganisations implements ApplicationRunner {

    private final NetworkConfigurations networks;
    private final ReferenceData reference;
    private final OrganisationRepository organisations;
    private final Members members;

    ConfiguredOrganisations(NetworkConfigurations networks, ReferenceData reference, OrganisationRepository organisations,
                            Members members) {
        this.networks = networks;
        this.reference = reference;
        this.organisations = organisations;
        this.members = members;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        networks.all().forEach(summary -> {
            NetworkConfiguration network = networks.of(summary.slug());
            LocalDate joined = network.launched() == null ? members.today(network.slug()).withDayOfYear(1) : network.launched().atDay(1);
            String secretariat = network.secretariat().organisation();
            members.ensureMember(network.slug(), unEntity(secretariat), MemberRole.COORDINATOR_SECRETARIAT, joined);
            network.members().stream().filter(code -> !code.equals(secretariat))
                    .forEach(code -> members.ensureMember(network.slug(), unEntity(code), MemberRole.MEMBER, joined));
            network.coChairs().forEach(position -> unEntity(position.organisation()));
            network.governmentCounterparts().forEach(counterpart -> {
                Organisation body = organisations.findByCodeAndCountry(counterpart.code(), network.country())
                        .orElseGet(() -> organisations.save(new Organisation(counterpart.code(), network.country(),
                                OrganisationKind.GOVERNMENT, counterpart.name().en(), counterpart.name().ru(), null)));
                members.ensureMember(network.slug(), body, MemberRole.EXTERNAL_PARTNER, joined);
            });
        });
    }

    Organisation unEntity(String code) {
        return organisations.findByCodeAndCountryIsNull(code).orElseGet(() -> {
            var entity = reference.unEntity(code);
            return organisations.save(new Organisation(code, null, OrganisationKind.UN_ENTITY,
                    entity.map(ReferenceData.UnEntity::nameEn).orElse(code),
                    entity.map(ReferenceData.UnEntity::nameRu).orElse(null),
                    entity.map(ReferenceData.UnEntity::website).orElse(null)));
        });
    }
}
