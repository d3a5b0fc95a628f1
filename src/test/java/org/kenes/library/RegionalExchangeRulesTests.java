package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RuleViolation;

/**
 * The ToR's exchange "with other UN Networks on Migration in the region", under "All information exchanged within
 * the Network meetings is meant for internal use only, unless explicitly stated and agreed otherwise".
 */
class RegionalExchangeRulesTests {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private static LibraryItem item(UUID group) {
        return new LibraryItem("kazakhstan", group, ItemForm.UPDATE, ItemKind.UPDATE, "Border update", "Text", null, "IOM",
                LocalDate.of(2026, 11, 20), "en", null, "kazakhstan-secretariat", NOW);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuleViolation e) {
            return e.messageKey();
        }
    }

    @Test
    void anInternalItemIsSharedOnlyAfterTheOwningNetworkAgreed() {
        // given an internal item of Kazakhstan
        LibraryItem item = item(null);
        // when the secretariat offers it to Turkmenistan
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        // then Turkmenistan does not see it until a co-chair agrees
        assertThat(item.sharedWith("turkmenistan")).isFalse();
        assertThat(item.getSharedWith()).isEmpty();
        item.agreeSharing("turkmenistan", "kazakhstan-cochair", null, NOW);
        assertThat(item.sharedWith("turkmenistan")).isTrue();
        assertThat(item.getSharedWith()).containsExactly("turkmenistan");
        assertThat(item.shares().getFirst().agreedBy()).isEqualTo("kazakhstan-cochair");
    }

    @Test
    void anAdoptedDecisionIsTheOwningNetworksAgreement() {
        // given an internal item offered to Turkmenistan
        LibraryItem item = item(null);
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        // when the agreement is an adopted decision of the register
        item.agreeSharing("turkmenistan", "kazakhstan-secretariat", "KZ-2026-004", NOW);
        // then it is shared, and the decision is on record; a number not of the register is refused
        assertThat(item.sharedWith("turkmenistan")).isTrue();
        assertThat(item.shares().getFirst().decisionNumber()).isEqualTo("KZ-2026-004");
        assertThat(refusal(() -> item.agreeSharing("turkmenistan", "kazakhstan-secretariat", "decision 4", NOW)))
                .isEqualTo("library.level.decisionNumber");
    }

    @Test
    void aPublicItemIsSharedAtOnce() {
        // given a published item
        LibraryItem item = item(null);
        item.approvePublication("kazakhstan-cochair", NOW);
        item.level(InformationLevel.PUBLIC);
        // when it is offered to Turkmenistan
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        // then it is shared without a further agreement
        assertThat(item.sharedWith("turkmenistan")).isTrue();
    }

    @Test
    void anItemTakenBackFromPublicWaitsAgainForTheAgreement() {
        // given a public item shared at once because it was public
        LibraryItem item = item(null);
        item.approvePublication("kazakhstan-cochair", NOW);
        item.level(InformationLevel.PUBLIC);
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        // when the secretariat takes it back to internal
        item.level(InformationLevel.INTERNAL);
        // then Turkmenistan no longer sees it until the network agrees
        assertThat(item.sharedWith("turkmenistan")).isFalse();
        item.agreeSharing("turkmenistan", "kazakhstan-cochair", null, NOW);
        item.level(InformationLevel.PARTNERS);
        assertThat(item.sharedWith("turkmenistan")).isTrue();
    }

    @Test
    void aWorkingGroupsItemStaysWithItsGroup() {
        // given an item of a working group
        LibraryItem item = item(UUID.randomUUID());
        // when it is offered to another network, then it is refused
        assertThat(refusal(() -> item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW))).isEqualTo("library.share.workingGroup");
    }

    @Test
    void anItemIsNotOfferedToItsOwnNetworkNorTwice() {
        LibraryItem item = item(null);
        assertThat(refusal(() -> item.offerTo("kazakhstan", "kazakhstan-secretariat", NOW))).isEqualTo("library.share.ownNetwork");
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        assertThat(refusal(() -> item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW))).isEqualTo("library.share.already");
    }

    @Test
    void aWithdrawnItemLeavesTheOtherNetwork() {
        // given an item shared with Turkmenistan
        LibraryItem item = item(null);
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        item.agreeSharing("turkmenistan", "kazakhstan-cochair", null, NOW);
        // when the secretariat withdraws it
        item.withdrawFrom("turkmenistan");
        // then Turkmenistan no longer sees it, and agreeing needs a new offer
        assertThat(item.sharedWith("turkmenistan")).isFalse();
        assertThatThrownBy(() -> item.agreeSharing("turkmenistan", "kazakhstan-cochair", null, NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void minutesAndStatementsAreNotOfferedThroughTheLibrary() {
        // given the library's entry for disseminated minutes
        LibraryItem minutes = LibraryItem.filed(new org.kenes.shared.RecordFiled("kazakhstan", null, org.kenes.shared.RecordFiled.Kind.MINUTES,
                UUID.randomUUID(), "Minutes of the quarterly meeting", LocalDate.of(2026, 11, 20), InformationLevel.INTERNAL, null,
                "/networks/kazakhstan/meetings/" + UUID.randomUUID() + "/minutes", null, NOW), NOW);
        // when the secretariat offers it to Turkmenistan, then it is refused: they travel as their own page allows
        assertThat(refusal(() -> minutes.offerTo("turkmenistan", "kazakhstan-secretariat", NOW))).isEqualTo("library.share.filedRecord");
    }

    @Test
    void anItemKeptToAWorkingGroupLeavesEveryOtherNetwork() {
        // given a group's item made internal and shared with Turkmenistan
        LibraryItem item = item(UUID.randomUUID());
        item.level(InformationLevel.INTERNAL);
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        item.agreeSharing("turkmenistan", "kazakhstan-secretariat", "KZ-2026-004", NOW);
        assertThat(item.sharedWith("turkmenistan")).isTrue();
        // when it is kept to its group again
        item.level(InformationLevel.WORKING_GROUP);
        // then Turkmenistan no longer sees it, and nothing can be agreed for it
        assertThat(item.sharedWith("turkmenistan")).isFalse();
        assertThat(item.getSharedWith()).isEmpty();
        assertThat(item.shares()).isEmpty();
    }

    @Test
    void aWorkingGroupsItemIsNotAgreedForAnotherNetwork() {
        // given a group's item offered while it was internal, then kept to the group before anyone agreed
        LibraryItem item = item(UUID.randomUUID());
        item.level(InformationLevel.INTERNAL);
        item.offerTo("turkmenistan", "kazakhstan-secretariat", NOW);
        item.level(InformationLevel.WORKING_GROUP);
        // when a co-chair would agree, then there is nothing to agree
        assertThat(refusal(() -> item.agreeSharing("turkmenistan", "kazakhstan-cochair", null, NOW))).isNotNull();
    }
}
