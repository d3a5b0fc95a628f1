package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.InformationLevel;

/** How far a delivered statement travels in the library: as far as it does here, without Spring. */
class StatementFilingRulesTests {

    private static final UUID GROUP = UUID.randomUUID();

    @Test
    void aNetworksStatementKeepsItsLevelInTheLibrary() {
        for (InformationLevel level : new InformationLevel[] {InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.PUBLIC}) {
            assertThat(StatementAccess.levelInTheLibrary(null, level)).isEqualTo(level);
        }
    }

    @Test
    void aWorkingGroupsInternalStatementStaysWithTheGroup() {
        // delivered but internal, a group's statement is read by its body only: the group (and the secretariat)
        assertThat(StatementAccess.levelInTheLibrary(GROUP, InformationLevel.INTERNAL)).isEqualTo(InformationLevel.WORKING_GROUP);
        // made public or for partners, it reaches them as the statement does
        assertThat(StatementAccess.levelInTheLibrary(GROUP, InformationLevel.PARTNERS)).isEqualTo(InformationLevel.PARTNERS);
        assertThat(StatementAccess.levelInTheLibrary(GROUP, InformationLevel.PUBLIC)).isEqualTo(InformationLevel.PUBLIC);
    }
}
