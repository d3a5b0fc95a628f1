package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.RuleViolation;

/** The rules of the records the library files from their sources, and of papers, one test per rule, without Spring. */
class FiledRecordRulesTests {

    private static final Instant NOW = Instant.parse("2026-12-10T06:00:00Z");
    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID GROUP = UUID.randomUUID();

    private static RecordFiled minutes(UUID group, InformationLevel level, Instant asOf) {
        return new RecordFiled("kazakhstan", group, RecordFiled.Kind.MINUTES, MEETING, "Q3 2026 regular meeting of the network",
                LocalDate.of(2026, 8, 12), level, null, "/networks/kazakhstan/meetings/" + MEETING + "/minutes", null, asOf);
    }

    private static RecordFiled statement(UUID id, InformationLevel level, String publicPath, Instant asOf) {
        return new RecordFiled("kazakhstan", null, RecordFiled.Kind.STATEMENT, id, "Joint statement for International Migrants Day",
                LocalDate.of(2026, 12, 18), level, null, "/networks/kazakhstan/statements/" + id, publicPath, asOf);
    }

    @Test
    void aRecordKeepsTheLevelOfItsSource() {
        for (InformationLevel level : InformationLevel.values()) {
            LibraryItem item = LibraryItem.filed(minutes(GROUP, level, NOW), NOW);
            assertThat(item.level()).as(level.name()).isEqualTo(level);
        }
        // a network's minutes are internal, whatever a member's item of a network would start as
        assertThat(LibraryItem.filed(minutes(null, InformationLevel.INTERNAL, NOW), NOW).level()).isEqualTo(InformationLevel.INTERNAL);
    }

    @Test
    void aPublicRecordIsPublicWithoutAnApprovalInTheLibraryBecauseItsSourceAgreedIt() {
        UUID id = UUID.randomUUID();
        LibraryItem item = LibraryItem.filed(statement(id, InformationLevel.PUBLIC, "/networks/kazakhstan/public/statements/" + id, NOW),
                NOW);
        assertThat(item.level()).isEqualTo(InformationLevel.PUBLIC);
        assertThat(item.source().publicPath()).isEqualTo("/networks/kazakhstan/public/statements/" + id);
    }

    @Test
    void aRecordIsALinkToItsPageInKenesAndShowsWhereItComesFrom() {
        LibraryItem item = LibraryItem.filed(minutes(null, InformationLevel.INTERNAL, NOW), NOW);
        LibraryItemView view = item.view(java.util.List.of());
        assertThat(view.form()).isEqualTo(ItemForm.LINK);
        assertThat(view.kind()).isEqualTo(ItemKind.MINUTES);
        assertThat(view.url()).isEqualTo("/networks/kazakhstan/meetings/" + MEETING + "/minutes");
        assertThat(view.source().kind()).isEqualTo(RecordFiled.Kind.MINUTES);
        assertThat(view.source().id()).isEqualTo(MEETING);
        assertThat(view.filed()).isTrue();
        // the body's own record names no organisation
        assertThat(view.organisation()).isEmpty();
    }

    @Test
    void aWorkingGroupsRecordKeptToTheGroupNamesItsGroup() {
        assertThatThrownBy(() -> LibraryItem.filed(minutes(null, InformationLevel.WORKING_GROUP, NOW), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(LibraryItem.filed(minutes(GROUP, InformationLevel.WORKING_GROUP, NOW), NOW).workingGroupId()).isEqualTo(GROUP);
    }

    @Test
    void aRecordLinksToAPageOfItsOwnNetworkAndNowhereElse() {
        for (String path : new String[] {"https://example.org/minutes", "/networks/turkmenistan/meetings/" + MEETING + "/minutes",
                "/networks/kazakhstan/../turkmenistan/library", "//evil.example/networks/kazakhstan/", "/networks/kazakhstan/a b",
                "javascript:alert(1)", null}) {
            RecordFiled record = new RecordFiled("kazakhstan", null, RecordFiled.Kind.MINUTES, MEETING, "Minutes", LocalDate.of(2026, 8, 12),
                    InformationLevel.INTERNAL, null, path, null, NOW);
            assertThatThrownBy(() -> LibraryItem.filed(record, NOW)).as(String.valueOf(path)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aMembersLinkStillStartsWithHttpEvenThoughARecordsDoesNot() {
        assertThatThrownBy(() -> new LibraryItem("kazakhstan", null, ItemForm.LINK, ItemKind.REPORT, "Minutes", null,
                "/networks/kazakhstan/meetings/" + MEETING + "/minutes", "IOM", LocalDate.of(2026, 8, 12), null, null, "member", NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("library.item.urlNeeded");
    }

    @Test
    void aPublicPageCountsOnlyWhileTheRecordIsPublic() {
        UUID id = UUID.randomUUID();
        String publicPath = "/networks/kazakhstan/public/statements/" + id;
        LibraryItem item = LibraryItem.filed(statement(id, InformationLevel.PUBLIC, publicPath, NOW), NOW);
        // made internal again where it was made: no public page any more
        assertThat(item.refile(statement(id, InformationLevel.INTERNAL, publicPath, NOW.plusSeconds(60)))).isTrue();
        assertThat(item.level()).isEqualTo(InformationLevel.INTERNAL);
        assertThat(item.source().publicPath()).isNull();
        // and a public page outside the network's public pages is refused
        assertThatThrownBy(() -> LibraryItem.filed(statement(id, InformationLevel.PUBLIC, "/networks/kazakhstan/statements/" + id, NOW), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filedAgainTheEntryFollowsTheLatestFilingAndAnOlderOneChangesNothing() {
        UUID id = UUID.randomUUID();
        LibraryItem item = LibraryItem.filed(statement(id, InformationLevel.INTERNAL, null, NOW), NOW);
        // the same filing again: taken, nothing changes
        assertThat(item.refile(statement(id, InformationLevel.INTERNAL, null, NOW))).isTrue();
        assertThat(item.level()).isEqualTo(InformationLevel.INTERNAL);
        // made public later
        assertThat(item.refile(statement(id, InformationLevel.PUBLIC, "/networks/kazakhstan/public/statements/" + id,
                NOW.plus(Duration.ofHours(1))))).isTrue();
        assertThat(item.level()).isEqualTo(InformationLevel.PUBLIC);
        // the delivery's filing, handled late, does not take it back to internal
        assertThat(item.refile(statement(id, InformationLevel.INTERNAL, null, NOW))).isFalse();
        assertThat(item.level()).isEqualTo(InformationLevel.PUBLIC);
        // nor a newer internal one after the public one is missed: it goes back
        assertThat(item.refile(statement(id, InformationLevel.INTERNAL, null, NOW.plus(Duration.ofHours(2))))).isTrue();
        assertThat(item.level()).isEqualTo(InformationLevel.INTERNAL);
    }

    @Test
    void anEntryFollowsItsOwnRecordOnly() {
        LibraryItem item = LibraryItem.filed(minutes(null, InformationLevel.INTERNAL, NOW), NOW);
        UUID other = UUID.randomUUID();
        assertThatThrownBy(() -> item.refile(statement(other, InformationLevel.PUBLIC, null, NOW.plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minutesAndStatementsAreFiledNeverSharedByMembers() {
        assertThat(ItemKind.shared()).doesNotContain(ItemKind.MINUTES, ItemKind.STATEMENT).contains(ItemKind.MEETING_PAPER);
        assertThat(ItemKind.MINUTES.filed()).isTrue();
        assertThat(ItemKind.STATEMENT.filed()).isTrue();
        assertThat(ItemKind.MEETING_PAPER.filed()).isFalse();
    }

    @Test
    void aPaperForAnAgendaItemIsAPaperForItsMeeting() {
        LibraryItem paper = new LibraryItem("kazakhstan", null, ItemForm.UPDATE, ItemKind.MEETING_PAPER, "Figures", "The figures.", null,
                "IOM", LocalDate.of(2026, 8, 10), null, null, "member", NOW);
        assertThatThrownBy(() -> paper.paperFor(null, UUID.randomUUID(), null)).isInstanceOf(RuleViolation.class)
                .hasMessage("library.paper.agendaItemWithoutMeeting");
        UUID item = UUID.randomUUID();
        paper.paperFor(MEETING, item, null);
        assertThat(paper.meetingId()).isEqualTo(MEETING);
        assertThat(paper.agendaItemId()).isEqualTo(item);
        // and it keeps the level a member's item starts at
        assertThat(paper.level()).isEqualTo(InformationLevel.INTERNAL);
    }
}
