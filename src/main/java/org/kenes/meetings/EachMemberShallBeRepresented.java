package org.kenes.meetings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The ToR: "Each member shall be represented at meetings of the Network." A member is represented at a held meeting
 * when its attendance was recorded; every other member of that day is flagged; over a year, each member's rate is
 * the share of held meetings at which it was represented.
 */
final class EachMemberShallBeRepresented {

    private EachMemberShallBeRepresented() {
    }

    /** The members, among those expected, that no one represented. */
    static List<String> unrepresented(Collection<String> expectedMembers, Collection<Representation> recorded) {
        Set<String> present = recorded.stream().filter(r -> Boolean.TRUE.equals(r.attended()))
                .map(Representation::organisation).collect(Collectors.toSet());
        return expectedMembers.stream().filter(member -> !present.contains(member)).sorted().toList();
    }

    /**
     * Each member's representation over held meetings, as attended and held counts.
     *
     * @param expectedPerMeeting the members expected at each held meeting
     * @param recordedPerMeeting what was recorded at each of them
     */
    static Map<String, Rate> rates(Map<java.util.UUID, List<String>> expectedPerMeeting,
                                   Map<java.util.UUID, List<Representation>> recordedPerMeeting) {
        Map<String, int[]> counts = new TreeMap<>();
        expectedPerMeeting.forEach((meeting, expected) -> {
            List<Representation> recorded = recordedPerMeeting.getOrDefault(meeting, List.of());
            List<String> absent = unrepresented(expected, recorded);
            for (String member : expected) {
                int[] count = counts.computeIfAbsent(member, m -> new int[2]);
                count[1]++;
                if (!absent.contains(member)) {
                    count[0]++;
                }
            }
        });
        Map<String, Rate> rates = new TreeMap<>();
        counts.forEach((member, count) -> rates.put(member, new Rate(count[0], count[1])));
        return rates;
    }

    record Rate(int represented, int held) {

        public int percent() {
            return held == 0 ? 100 : Math.round(100f * represented / held);
        }
    }
}
