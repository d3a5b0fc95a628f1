package org.kenes.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.kenes.shared.InformationLevel;
import org.springframework.core.io.ClassPathResource;

class NetworkConfigurationParserTests {

    static String shipped(String slug) {
        try {
            return new ClassPathResource("networks/" + slug + ".yaml").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aNetworkIsConfiguredFromItsTermsOfReference_kazakhstan() {
        // given the Kazakhstan ToR configuration as shipped
        String text = shipped("kazakhstan");

        // when it is read
        NetworkConfiguration kz = NetworkConfigurationParser.parse("kazakhstan.yaml", text);

        // then it holds what the ToR says
        assertThat(kz.slug()).isEqualTo("kazakhstan");
        assertThat(kz.country()).isEqualTo("KZ");
        assertThat(kz.launched()).hasToString("2020-03");
        assertThat(kz.objectives()).hasSize(12);
        assertThat(kz.objectives().getFirst().text().en()).startsWith("Promote the application of relevant international");
        assertThat(kz.objectives()).allSatisfy(o -> assertThat(o.text().ru()).isNotBlank().doesNotContainPattern("[A-Za-z]{4,}"));
        assertThat(kz.secretariat().organisation()).isEqualTo("IOM");
        assertThat(kz.coChairs()).extracting(NetworkConfiguration.CoChairPosition::organisation).containsExactly("RCO", "IOM");
        assertThat(kz.members()).contains("RCO", "IOM", "UNDP", "UNHCR", "UNICEF", "UNFPA", "UNIC", "UNRCCA", "UNODC", "UNESCO");
        assertThat(kz.counterpartsConsultedOnStateMatters()).extracting(NetworkConfiguration.Counterpart::code).containsExactly("MOL");
        assertThat(kz.meetings().cadence()).isEqualTo(NetworkConfiguration.MeetingCadence.QUARTERLY);
        assertThat(kz.meetings().annualNetworkMeeting()).isTrue();
        assertThat(kz.decisionRule()).isEqualTo(NetworkConfiguration.DecisionRule.CONSENSUS);
        assertThat(kz.defaultInformationLevel()).isEqualTo(InformationLevel.INTERNAL);
        assertThat(kz.regionalProcesses()).extracting(NetworkConfiguration.Named::code).contains("ALMATY-PROCESS", "PRAGUE-PROCESS", "GFMD");
    }

    @Test
    void aNetworkIsConfiguredFromItsTermsOfReference_turkmenistan() {
        // given the Turkmenistan ToR configuration as shipped
        String text = shipped("turkmenistan");

        // when it is read
        NetworkConfiguration tm = NetworkConfigurationParser.parse("turkmenistan.yaml", text);

        // then it holds what the ToR says
        assertThat(tm.objectives()).hasSize(10);
        assertThat(tm.objectives().get(8).text().en()).startsWith("Support and facilitate the collection, analysis and dissemination");
        assertThat(tm.members()).contains("UNDRR", "OCT", "WHO");
        assertThat(tm.governmentCounterparts()).extracting(NetworkConfiguration.Counterpart::code).contains("MFA", "SMS");
        assertThat(tm.launched()).isNull();
    }

    @Test
    void refusesAMissingFieldNamingFileLineAndField() {
        // given a configuration whose first objective lacks its Russian text
        String text = shipped("kazakhstan").replaceFirst("(?s)(  - number: 1\n    text:\n      en: >-\n(?:        [^\n]*\n)+)      ru: >-\n(?:        [^\n]*\n)+", "$1");

        // when it is read, then the message names the file, the line and the field
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("kazakhstan.yaml", text))
                .isInstanceOf(InvalidNetworkConfiguration.class)
                .hasMessageContaining("kazakhstan.yaml")
                .hasMessageContaining("field 'objectives[0].text.ru'")
                .hasMessageContaining("is missing")
                .satisfies(e -> assertThat(((InvalidNetworkConfiguration) e).line()).isEqualTo(29));
    }

    @Test
    void refusesAWrongValueNamingItsLine() {
        // given a configuration asking for majority votes, which no ToR allows
        String text = shipped("kazakhstan").replace("decision-rule: consensus", "decision-rule: majority");
        int line = text.substring(0, text.indexOf("decision-rule:")).split("\n", -1).length;

        // when it is read, then the refusal names the line, the field and the allowed values
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("kazakhstan.yaml", text))
                .isInstanceOf(InvalidNetworkConfiguration.class)
                .hasMessage("Invalid network configuration kazakhstan.yaml, line " + line
                        + ", field 'decision-rule': 'majority' is not one of [consensus]");
    }

    @Test
    void refusesUnknownFieldsBecauseTheyAreUsuallyTypos() {
        // given a configuration with a misspelt field
        String text = shipped("kazakhstan").replace("decision-rule: consensus", "decision-rule: consensus\ndecison-rule: consensus");

        // when it is read, then the misspelt field is named with its line
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("kazakhstan.yaml", text))
                .hasMessageContaining("field 'decison-rule'")
                .hasMessageContaining("is not a known field");
    }

    @Test
    void refusesObjectivesOutOfOrder() {
        // given objectives numbered 1, 3, ...
        String text = shipped("turkmenistan").replace("  - number: 2\n", "  - number: 3\n");

        // when it is read, then the second objective is named
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("turkmenistan.yaml", text))
                .hasMessageContaining("field 'objectives[1].number'")
                .hasMessageContaining("expected 2");
    }

    @Test
    void refusesBrokenYamlWithTheLineOfTheProblem() {
        // given a file whose fourth line is not valid YAML
        String text = "slug: testland\nname:\n  en: Test\n  ru: [unclosed\n";

        // when it is read, then the message says so, with a line number
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("testland.yaml", text))
                .isInstanceOf(InvalidNetworkConfiguration.class)
                .hasMessageContaining("testland.yaml, line ")
                .hasMessageContaining("not valid YAML")
                .satisfies(e -> assertThat(((InvalidNetworkConfiguration) e).line()).isBetween(4, 5));
    }

    @Test
    void refusesANullWhereATextIsNeeded() {
        // given a Russian name written as YAML's null
        String text = shipped("turkmenistan").replaceFirst("ru: Сеть ООН по вопросам миграции в Туркменистане", "ru: ~");

        // when it is read, then the field is named as empty
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("turkmenistan.yaml", text))
                .hasMessageContaining("field 'name.ru'").hasMessageContaining("must not be empty");
    }

    @Test
    void aNetworkHasTwoCoChairPositions() {
        // given a configuration with one co-chair position only
        String text = shipped("kazakhstan").replaceFirst("(?s)  - code: iom-head\n    title: \\{[^\n]*\\}\n    organisation: IOM\n", "");

        // when it is read, then it is refused
        assertThatThrownBy(() -> NetworkConfigurationParser.parse("kazakhstan.yaml", text))
                .hasMessageContaining("field 'co-chairs'")
                .hasMessageContaining("two co-chair positions");
    }

    @Test
    void listsWhatChangedBetweenTwoVersionsOfTheFile() {
        // given the shipped configuration and a version with another mission
        NetworkConfiguration before = NetworkConfigurationParser.parse("kazakhstan.yaml", shipped("kazakhstan"));
        NetworkConfiguration after = NetworkConfigurationParser.parse("kazakhstan.yaml",
                shipped("kazakhstan").replace("establishes the United Nations Migration Network", "establishes the UN Migration Network"));

        // when they are compared, then only the mission has changed
        assertThat(after.changesFrom(before)).containsExactly("mission");
    }
}
