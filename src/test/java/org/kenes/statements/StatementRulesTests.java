package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.ProposalStatus;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RuleViolation;

/** The rules of a joint statement's life, one test per rule, without Spring. */
class StatementRulesTests {

    private static final List<String> LANGUAGES = List.of("en", "ru");
    private static final List<String> CO_CHAIRS = List.of("resident-coordinator", "iom-coordinator");
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Instant NOW = Instant.parse("2026-12-10T06:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ALMATY);

    private static List<LanguageText> texts(String en, String ru) {
        return List.of(new LanguageText("en", "Joint statement on migrant workers", en),
                new LanguageText("ru", "Совместное заявление о трудящихся-мигрантах", ru));
    }

    private static Statement draft() {
        return new Statement("kazakhstan", null, LANGUAGES, texts("The Network calls for decent work.",
                "Сеть призывает к достойному труду."), null, "kazakhstan-secretariat", NOW.minus(Duration.ofDays(20)));
    }

    private static Statement underEndorsement(UUID proposal) {
        Statement statement = draft();
        statement.putToMembers(proposal, "hash", NOW.minus(Duration.ofDays(10)));
        return statement;
    }

    private static Statement endorsed() {
        UUID proposal = UUID.randomUUID();
        Statement statement = underEndorsement(proposal);
        statement.endorsementEnded(proposal, ProposalStatus.ADOPTED, "consensus.reason.consensus", "KZ-2026-007", true,
                NOW.minus(Duration.ofDays(5)));
        return statement;
    }

    private static SignOff signOff(String position, int version, Instant at) {
        return new SignOff(position, version, "Holder of " + position, "Head", "RCO", "kazakhstan-cochair", at, false);
    }

    private static Statement signedOff() {
        Statement statement = endorsed();
        statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW.minus(Duration.ofDays(3))), CO_CHAIRS);
        statement.signOff(signOff(CO_CHAIRS.get(1), 1, NOW.minus(Duration.ofDays(2))), CO_CHAIRS);
        return statement;
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolation refused) {
            return refused.messageKey();
        }
        throw new AssertionError("the rule did not refuse");
    }

    @Test
    void aStatementNeedsATitleAndTextInEveryLanguageOfTheNetwork() {
        // given the network works in English and Russian
        // when a draft has its English text only, or a blank Russian text
        RuleViolation missing = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
                () -> new Statement("kazakhstan", null, LANGUAGES, List.of(new LanguageText("en", "Title", "Text")), null, "x", NOW));
        RuleViolation blank = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
                () -> new Statement("kazakhstan", null, LANGUAGES, texts("Text", "  "), null, "x", NOW));

        // then each is refused, naming the field to fill
        assertThat(missing.messageKey()).isEqualTo("statement.title.missing");
        assertThat(missing.field()).isEqualTo("texts[1].title");
        assertThat(blank.messageKey()).isEqualTo("statement.text.missing");
        assertThat(blank.field()).isEqualTo("texts[1].text");
    }

    @Test
    void aStatementIsWrittenOnlyInTheNetworksLanguages() {
        // given a network working in English and Russian
        // when a draft comes with a Kazakh text too, then it is refused, naming that text's language field
        RuleViolation refused = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolation.class,
                () -> new Statement("kazakhstan", null, LANGUAGES, List.of(new LanguageText("en", "T", "Text"),
                        new LanguageText("ru", "Т", "Текст"), new LanguageText("kk", "Т", "Мәтін")), null, "x", NOW));
        assertThat(refused.messageKey()).isEqualTo("statement.language.unknown");
        assertThat(refused.field()).isEqualTo("texts[2].language");
    }

    @Test
    void versionsFollowEachOtherAndAVersionIsNeverChanged() {
        // given a draft
        Statement statement = draft();
        List<LanguageText> first = statement.current().texts();

        // when a second version is written
        statement.revise(LANGUAGES, texts("The Network calls for decent work and social protection.",
                "Сеть призывает к достойному труду и социальной защите."), "Social protection added", "kazakhstan-cochair", NOW);

        // then the first is kept as it was, and the second is current
        assertThat(statement.currentVersion()).isEqualTo(2);
        assertThat(statement.version(1).texts()).isEqualTo(first);
        assertThat(statement.current().note()).isEqualTo("Social protection added");
        // and a "new" version that changes nothing is refused
        assertThat(refusal(() -> statement.revise(LANGUAGES, statement.current().texts(), null, "x", NOW)))
                .isEqualTo("statement.version.nothingChanged");
    }

    @Test
    void onlyADraftIsPutToTheMembers() {
        // given a statement under endorsement
        Statement statement = underEndorsement(UUID.randomUUID());

        // when it is put to the members again, then it is refused
        assertThat(refusal(statement::requireDraft)).isEqualTo("statement.endorsement.notDraft");
        assertThat(statement.status()).isEqualTo(StatementStatus.IN_ENDORSEMENT);
    }

    @Test
    void theTextUnderEndorsementCannotChange() {
        // given a statement whose version 1 the members are consulted on
        Statement statement = underEndorsement(UUID.randomUUID());

        // when a new version is written, then it is refused: the members must know what they endorse
        assertThat(refusal(() -> statement.revise(LANGUAGES, texts("Other text", "Другой текст"), null, "x", NOW)))
                .isEqualTo("statement.version.inEndorsement");
    }

    @Test
    void aStatementIsEndorsedWhenItsConsultationAdoptsTheTextPutToTheMembers() {
        // given a statement under endorsement
        UUID proposal = UUID.randomUUID();
        Statement statement = underEndorsement(proposal);

        // when the consultation adopts it
        Statement.Change change = statement.endorsementEnded(proposal, ProposalStatus.ADOPTED, "consensus.reason.consensus",
                "KZ-2026-007", true, NOW);

        // then it is endorsed, with the decision's number
        assertThat(change).isEqualTo(Statement.Change.ENDORSED);
        assertThat(statement.status()).isEqualTo(StatementStatus.ENDORSED);
        assertThat(statement.decisionNumber()).isEqualTo("KZ-2026-007");
        assertThat(statement.endorsedAt()).isEqualTo(NOW);
    }

    @Test
    void aFailedEndorsementReturnsTheStatementToDraftWithTheReason() {
        // given two statements under endorsement
        UUID objected = UUID.randomUUID();
        Statement first = underEndorsement(objected);
        UUID withdrawn = UUID.randomUUID();
        Statement second = underEndorsement(withdrawn);

        // when a member objects in the first consultation and the second is withdrawn
        first.endorsementEnded(objected, ProposalStatus.NOT_ADOPTED, "consensus.reason.objection", null, true, NOW);
        second.endorsementEnded(withdrawn, ProposalStatus.WITHDRAWN, null, null, true, NOW);

        // then both are drafts again, and say why and which consultation
        assertThat(first.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(first.outcomeReason()).isEqualTo("consensus.reason.objection");
        assertThat(first.outcomeProposalId()).isEqualTo(objected);
        assertThat(second.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(second.outcomeReason()).isEqualTo("statement.reason.withdrawn");
    }

    @Test
    void aTextRevisedInTheConsultationIsNotAnEndorsementOfTheStatement() {
        // given a statement under endorsement whose consultation text a co-chair then revised in the consultation itself
        UUID proposal = UUID.randomUUID();
        Statement statement = underEndorsement(proposal);

        // when that revised text is adopted
        statement.endorsementEnded(proposal, ProposalStatus.ADOPTED, "consensus.reason.consensus", "KZ-2026-008", false, NOW);

        // then the statement is a draft again: what was adopted is not its version
        assertThat(statement.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(statement.outcomeReason()).isEqualTo("statement.reason.textRevised");
        assertThat(statement.decisionNumber()).isNull();
    }

    @Test
    void anOutcomeCountsOnceAndOnlyForTheVersionUnderEndorsement() {
        // given an endorsed statement
        Statement statement = endorsed();

        // when the same outcome arrives again, or the outcome of another consultation
        Statement.Change again = statement.endorsementEnded(statement.current().proposalId(), ProposalStatus.NOT_ADOPTED,
                "consensus.reason.objection", null, true, NOW);
        Statement.Change other = statement.endorsementEnded(UUID.randomUUID(), ProposalStatus.NOT_ADOPTED,
                "consensus.reason.objection", null, true, NOW);

        // then nothing changes
        assertThat(again).isEqualTo(Statement.Change.NONE);
        assertThat(other).isEqualTo(Statement.Change.NONE);
        assertThat(statement.status()).isEqualTo(StatementStatus.ENDORSED);
    }

    @Test
    void aStatementWaitingForTheGovernmentCounterpartIsStillUnderEndorsement() {
        // given a statement under endorsement
        UUID proposal = UUID.randomUUID();
        Statement statement = underEndorsement(proposal);

        // when its consultation waits for the ministry's consultation, then it stays under endorsement
        assertThat(statement.endorsementEnded(proposal, ProposalStatus.WAITING_FOR_COUNTERPART,
                "consensus.reason.counterpartNotConsulted", null, true, NOW)).isEqualTo(Statement.Change.NONE);
        assertThat(statement.status()).isEqualTo(StatementStatus.IN_ENDORSEMENT);
    }

    @Test
    void aNewVersionAfterEndorsementNeedsANewEndorsement() {
        // given a statement endorsed, made public and signed off by one co-chair
        Statement statement = endorsed();
        statement.changeLevel(InformationLevel.PUBLIC, NOW);
        statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW), CO_CHAIRS);

        // when a new version is written
        statement.revise(LANGUAGES, texts("A sharper call for decent work.", "Более чёткий призыв к достойному труду."), null,
                "kazakhstan-cochair", NOW);

        // then it is a draft again: the endorsement, its number and the sign-off no longer hold, and it is internal again
        assertThat(statement.status()).isEqualTo(StatementStatus.DRAFT);
        assertThat(statement.outcomeReason()).isEqualTo("statement.reason.newVersion");
        assertThat(statement.decisionNumber()).isNull();
        assertThat(statement.signOffs()).isEmpty();
        assertThat(statement.informationLevel()).isEqualTo(InformationLevel.INTERNAL);
        // and it can be put to the members again
        statement.putToMembers(UUID.randomUUID(), "hash-2", NOW);
        assertThat(statement.status()).isEqualTo(StatementStatus.IN_ENDORSEMENT);
    }

    @Test
    void onlyAnEndorsedStatementCanBePublic() {
        // given a draft and an endorsed statement
        Statement draft = draft();
        Statement endorsed = endorsed();

        // when each is made public, then the draft is refused and the endorsed one is public
        assertThat(refusal(() -> draft.changeLevel(InformationLevel.PUBLIC, NOW))).isEqualTo("statement.level.publicNeedsEndorsement");
        assertThat(draft.informationLevel()).isEqualTo(InformationLevel.INTERNAL);
        endorsed.changeLevel(InformationLevel.PUBLIC, NOW);
        assertThat(endorsed.informationLevel()).isEqualTo(InformationLevel.PUBLIC);
        // and a draft may be meant for the network's partners, a level that takes effect only once it is delivered
        draft.changeLevel(InformationLevel.PARTNERS, NOW);
        assertThat(draft.informationLevel()).isEqualTo(InformationLevel.PARTNERS);
    }

    @Test
    void onlyAnEndorsedStatementIsSignedOff() {
        // given a draft
        Statement statement = draft();

        // when a co-chair signs it off, then it is refused
        assertThat(refusal(() -> statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW), CO_CHAIRS)))
                .isEqualTo("statement.signOff.notEndorsed");
    }

    @Test
    void eachCoChairPositionOfTheTorSignsOffOnce() {
        // given an endorsed statement signed off by the Resident Coordinator
        Statement statement = endorsed();
        statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW), CO_CHAIRS);

        // when the same position signs again, or a position the ToR does not name
        // then both are refused, and it is not yet signed off
        assertThat(refusal(() -> statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW), CO_CHAIRS))).isEqualTo("statement.signOff.already");
        assertThat(refusal(() -> statement.signOff(signOff("unicef-representative", 1, NOW), CO_CHAIRS)))
                .isEqualTo("statement.signOff.unknownPosition");
        assertThat(statement.status()).isEqualTo(StatementStatus.ENDORSED);
    }

    @Test
    void aStatementIsSignedOffWhenBothCoChairPositionsHaveSigned() {
        // given an endorsed statement
        Statement statement = endorsed();

        // when both co-chair positions sign it off
        boolean afterFirst = statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW), CO_CHAIRS);
        boolean afterSecond = statement.signOff(signOff(CO_CHAIRS.get(1), 1, NOW), CO_CHAIRS);

        // then it is signed off after the second only
        assertThat(afterFirst).isFalse();
        assertThat(afterSecond).isTrue();
        assertThat(statement.status()).isEqualTo(StatementStatus.SIGNED_OFF);
    }

    @Test
    void aStatementIsDeliveredOnlyAfterBothCoChairsSignedOff() {
        // given an endorsed statement signed off by one co-chair only
        Statement statement = endorsed();
        statement.signOff(signOff(CO_CHAIRS.get(0), 1, NOW), CO_CHAIRS);

        // when it is delivered, then it is refused
        assertThat(refusal(() -> statement.deliver(TODAY, "International Migrants Day", "kazakhstan-cochair", TODAY, ALMATY, NOW)))
                .isEqualTo("statement.delivery.notSignedOff");

        // when the second co-chair signs it off, then it is delivered
        statement.signOff(signOff(CO_CHAIRS.get(1), 1, NOW), CO_CHAIRS);
        statement.deliver(TODAY, "International Migrants Day", "kazakhstan-cochair", TODAY, ALMATY, NOW);
        assertThat(statement.status()).isEqualTo(StatementStatus.DELIVERED);
        assertThat(statement.deliveredOn()).isEqualTo(TODAY);
        assertThat(statement.occasion()).isEqualTo("International Migrants Day");
    }

    @Test
    void aDeliveryNeedsAnOccasionAndADayThatHasComeAfterTheSignOff() {
        // given a statement both co-chairs signed off two days ago
        Statement statement = signedOff();

        // when it is delivered tomorrow, before the sign-off, without a date, or without an occasion, then each is refused
        assertThat(refusal(() -> statement.deliver(TODAY.plusDays(1), "Event", "x", TODAY, ALMATY, NOW))).isEqualTo("statement.delivery.future");
        assertThat(refusal(() -> statement.deliver(TODAY.minusDays(10), "Event", "x", TODAY, ALMATY, NOW)))
                .isEqualTo("statement.delivery.beforeSignOff");
        assertThat(refusal(() -> statement.deliver(null, "Event", "x", TODAY, ALMATY, NOW))).isEqualTo("statement.delivery.dateNeeded");
        assertThat(refusal(() -> statement.deliver(TODAY, " ", "x", TODAY, ALMATY, NOW))).isEqualTo("statement.delivery.occasionNeeded");
        assertThat(statement.status()).isEqualTo(StatementStatus.SIGNED_OFF);
    }

    @Test
    void aDeliveredStatementIsNeverChanged() {
        // given a delivered statement
        Statement statement = signedOff();
        statement.deliver(TODAY, "International Migrants Day", "kazakhstan-cochair", TODAY, ALMATY, NOW);

        // when a new version is written, or it is signed off or delivered again, then each is refused
        assertThat(refusal(() -> statement.revise(LANGUAGES, texts("Other", "Другое"), null, "x", NOW))).isEqualTo("statement.delivered.final");
        assertThat(refusal(() -> statement.deliver(TODAY, "Again", "x", TODAY, ALMATY, NOW))).isEqualTo("statement.delivered.final");
        assertThat(refusal(statement::requireDraft)).isEqualTo("statement.delivered.final");
        assertThat(statement.currentVersion()).isEqualTo(1);
    }
}
