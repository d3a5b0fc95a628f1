package org.kenes.network;

import java.util.List;
import org.kenes.shared.LocalizedText;
import org.springframework.stereotype.Component;

/** What the pages and the API show of a network: its configuration with names resolved. */
@Component
class NetworkProfiles {

    private final NetworkConfigurations configurations;
    private final ReferenceData reference;

    NetworkProfiles(NetworkConfigurations configurations, ReferenceData reference) {
        this.configurations = configurations;
        this.reference = reference;
    }

    NetworkProfile of(String slug) {
        NetworkConfiguration configuration = configurations.of(slug);
        return new NetworkProfile(configuration, agencies(configuration.members()),
                agency(configuration.secretariat().organisation()));
    }

    PublicProfile publicProfile(String slug) {
        NetworkProfile profile = of(slug);
        NetworkConfiguration c = profile.configuration();
        return new PublicProfile(c.slug(), c.name(), c.country(), c.launched() == null ? null : c.launched().toString(),
                c.mission(), c.objectives(), profile.members(), c.guidingFrameworks());
    }

    private List<MemberAgency> agencies(List<String> codes) {
        return codes.stream().map(this::agency).toList();
    }

    private MemberAgency agency(String code) {
        return reference.unEntity(code)
                .map(e -> new MemberAgency(code, LocalizedText.of(e.nameEn(), e.nameRu()), e.website()))
                .orElseGet(() -> new MemberAgency(code, LocalizedText.of(code, code), null));
    }

    record NetworkProfile(NetworkConfiguration configuration, List<MemberAgency> members, MemberAgency secretariat) {
    }

    /** What anyone may read: no people, no contacts. */
    record PublicProfile(String slug, LocalizedText name, String country, String launched, LocalizedText mission,
                         List<NetworkConfiguration.Objective> objectives, List<MemberAgency> memberAgencies,
                         List<NetworkConfiguration.Named> guidingFrameworks) {
    }
}
