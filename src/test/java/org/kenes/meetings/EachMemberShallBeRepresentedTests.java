package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EachMemberShallBeRepresentedTests {

    private static Representation attended(UUID meeting, String organisation, boolean attended) {
        Representation representation = new Representation(meeting, organisation);
        representation.attended(attended, null);
        return representation;
    }

    @Test
    void eachMemberShallBeRepresented_membersWithoutRecordedAttendanceAreFlagged() {
        // given a held meeting where IOM and UNDP attended, UNICEF sent apologies and UNHCR was not recorded at all
        UUID meeting = UUID.randomUUID();
        Representation apologies = new Representation(meeting, "UNICEF");
        apologies.announce(Representation.Intention.APOLOGIES, null);
        List<Representation> recorded = List.of(attended(meeting, "IOM", true), attended(meeting, "UNDP", true), apologies);

        // when the rule is applied, then UNICEF and UNHCR are not represented: apologies do not count as representation
        assertThat(EachMemberShallBeRepresented.unrepresented(List.of("IOM", "UNDP", "UNHCR", "UNICEF"), recorded))
                .containsExactly("UNHCR", "UNICEF");
    }

    @Test
    void eachMemberShallBeRepresented_theRateIsTheShareOfHeldMeetingsAtWhichTheMemberWasRepresented() {
        // given two held meetings; UNESCO joined before the second only and came; UNHCR missed the second
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Map<UUID, List<String>> expected = Map.of(first, List.of("IOM", "UNHCR"), second, List.of("IOM", "UNHCR", "UNESCO"));
        Map<UUID, List<Representation>> recorded = Map.of(
                first, List.of(attended(first, "IOM", true), attended(first, "UNHCR", true)),
                second, List.of(attended(second, "IOM", true), attended(second, "UNESCO", true)));

        // when the rates are computed
        var rates = EachMemberShallBeRepresented.rates(expected, recorded);

        // then each member is measured against the meetings it was expected at
        assertThat(rates.get("IOM").percent()).isEqualTo(100);
        assertThat(rates.get("UNHCR")).isEqualTo(new EachMemberShallBeRepresented.Rate(1, 2));
        assertThat(rates.get("UNESCO")).isEqualTo(new EachMemberShallBeRepresented.Rate(1, 1));
    }
}
