package org.kenes.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ViewerTests {

    private static Viewer with(NetworkRole role) {
        return new Viewer(UUID.randomUUID(), "someone", false, Map.of("kazakhstan", Set.of(role)), Set.of(), Map.of());
    }

    @Test
    void informationIsInternalByDefaultSoOnlyMembersSeeInternalItems() {
        // given people in each role of the Kazakhstan network
        // when they look at an internal item, then only the members see it
        assertThat(with(NetworkRole.SECRETARIAT).maySee("kazakhstan", InformationLevel.INTERNAL)).isTrue();
        assertThat(with(NetworkRole.CO_CHAIR).maySee("kazakhstan", InformationLevel.INTERNAL)).isTrue();
        assertThat(with(NetworkRole.FOCAL_POINT).maySee("kazakhstan", InformationLevel.INTERNAL)).isTrue();
        assertThat(with(NetworkRole.EXTERNAL_PARTNER).maySee("kazakhstan", InformationLevel.INTERNAL)).isFalse();
        assertThat(with(NetworkRole.OBSERVER).maySee("kazakhstan", InformationLevel.INTERNAL)).isFalse();
        assertThat(Viewer.ANONYMOUS.maySee("kazakhstan", InformationLevel.INTERNAL)).isFalse();
    }

    @Test
    void partnersItemsReachExternalPartnersButNotOtherNetworks() {
        // given an external partner of Kazakhstan
        Viewer partner = with(NetworkRole.EXTERNAL_PARTNER);

        // then it sees Kazakhstan's partner items, and nothing of Turkmenistan but what is public
        assertThat(partner.maySee("kazakhstan", InformationLevel.PARTNERS)).isTrue();
        assertThat(partner.maySee("turkmenistan", InformationLevel.PARTNERS)).isFalse();
        assertThat(partner.maySee("turkmenistan", InformationLevel.PUBLIC)).isTrue();
    }

    @Test
    void voiceIsNotSight() {
        // given an observer, when asked whether it is a member, then no: it sees partner items but takes no position
        Viewer observer = with(NetworkRole.OBSERVER);
        assertThat(observer.participatesIn("kazakhstan")).isTrue();
        assertThat(observer.isMemberOf("kazakhstan")).isFalse();
    }

    @Test
    void workingGroupItemsReachTheGroupAndTheSecretariatOnly() {
        // given a ministry official who takes part in one working group only
        UUID group = UUID.randomUUID();
        Viewer official = new Viewer(UUID.randomUUID(), "official", false, Map.of(), Set.of(group), Map.of());

        // then she sees that group's items, not another group's, and not the network's internal items
        assertThat(official.maySee("kazakhstan", InformationLevel.WORKING_GROUP, group)).isTrue();
        assertThat(official.maySee("kazakhstan", InformationLevel.WORKING_GROUP, UUID.randomUUID())).isFalse();
        assertThat(official.maySee("kazakhstan", InformationLevel.INTERNAL)).isFalse();
        assertThat(with(NetworkRole.SECRETARIAT).maySee("kazakhstan", InformationLevel.WORKING_GROUP, group)).isTrue();
    }
}
