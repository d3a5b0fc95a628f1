package org.kenes.network;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.LocalizedText;

/**
 * A network as its Terms of Reference define it. Read from a configuration file, never edited field by field in
 * the application: a change to the ToR is a change to the file.
 */
public record NetworkConfiguration(
        String slug,
        LocalizedText name,
        LocalizedText shortName,
        String country,
        ZoneId timeZone,
        YearMonth launched,
        List<String> languages,
        LocalizedText mission,
        List<Objective> objectives,
        List<Named> guidingFrameworks,
        List<Counterpart> governmentCounterparts,
        List<CoChairPosition> coChairs,
        Secretariat secretariat,
        List<String> members,
        LocalizedText membershipOpenTo,
        MeetingRules meetings,
        DecisionRule decisionRule,
        InformationLevel defaultInformationLevel,
        List<Named> regionalProcesses,
        SharingCadence memberListSharing) {

    /** The counterparts whose consultation a state-relevant decision needs before adoption (ToR: "with the MOL"). */
    public List<Counterpart> counterpartsConsultedOnStateMatters() {
        return governmentCounterparts.stream().filter(Counterpart::consultedOnStateMatters).toList();
    }

    /** Names of the parts that differ from an earlier configuration, for the history. */
    public List<String> changesFrom(NetworkConfiguration earlier) {
        Map<String, Object> before = earlier.parts();
        return parts().entrySet().stream()
                .filter(part -> !Objects.equals(part.getValue(), before.get(part.getKey())))
                .map(Map.Entry::getKey)
                .toList();
    }

    private Map<String, Object> parts() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("name", name);
        parts.put("short-name", shortName);
        parts.put("country", country);
        parts.put("time-zone", timeZone);
        parts.put("launched", launched);
        parts.put("languages", languages);
        parts.put("mission", mission);
        parts.put("objectives", objectives);
        parts.put("guiding-frameworks", guidingFrameworks);
        parts.put("government-counterparts", governmentCounterparts);
        parts.put("co-chairs", coChairs);
        parts.put("secretariat", secretariat);
        parts.put("members", members);
        parts.put("membership-open-to", membershipOpenTo);
        parts.put("meetings", meetings);
        parts.put("decision-rule", decisionRule);
        parts.put("default-information-level", defaultInformationLevel);
        parts.put("regional-processes", regionalProcesses);
        parts.put("member-list-sharing", memberListSharing);
        return parts;
    }

    public record Objective(int number, LocalizedText text) {
    }

    public record Named(String code, LocalizedText name) {
    }

    public record Counterpart(String code, LocalizedText name, boolean consultedOnStateMatters) {
    }

    public record CoChairPosition(String code, LocalizedText title, String organisation) {
    }

    public record Secretariat(String organisation, LocalizedText office) {
    }

    public record MeetingRules(MeetingCadence cadence, boolean onRequestOfMembers, boolean inConjunctionWithUnct,
                               boolean annualNetworkMeeting) {
    }

    public enum MeetingCadence {
        MONTHLY(12), QUARTERLY(4), SEMIANNUAL(2), ANNUAL(1);

        private final int perYear;

        MeetingCadence(int perYear) {
            this.perYear = perYear;
        }

        public int perYear() {
            return perYear;
        }
    }

    /** How often the member list is sent to every focal point ("IOM will maintain the member list and share it regularly"). */
    public enum SharingCadence {
        MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL, NEVER;

        /** The period a day falls in, as a key such as 2026-Q4; null when the list is not shared on a cadence. */
        public String periodOf(java.time.LocalDate day) {
            return switch (this) {
                case MONTHLY -> java.time.YearMonth.from(day).toString();
                case QUARTERLY -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
                case SEMIANNUAL -> day.getYear() + "-H" + ((day.getMonthValue() - 1) / 6 + 1);
                case ANNUAL -> String.valueOf(day.getYear());
                case NEVER -> null;
            };
        }
    }

    /** The ToRs know one rule: "Decisions ... will be made by consensus". */
    public enum DecisionRule {
        CONSENSUS
    }
}
