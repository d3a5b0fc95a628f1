package org.kenes.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@KenesIntegrationTest
class ReferenceDataIntegrationTests {

    @Autowired ReferenceData reference;
    @Autowired ReferenceDataLoader loader;
    @Autowired JdbcClient jdbc;

    @Test
    void theSharedReferenceDataIsLoadedWhole() {
        // given the application started, then every shipped row is there
        assertThat(reference.gcmObjectives()).hasSize(23);
        assertThat(reference.gcmObjectives().getFirst().titleEn()).startsWith("Collect and utilize accurate and disaggregated data");
        assertThat(reference.sdgGoals()).hasSize(17);
        assertThat(reference.migrationRelevantTargets()).extracting(ReferenceData.SdgTarget::code)
                .containsExactly("5.2", "8.7", "8.8", "10.7", "10.c", "16.2", "16.9", "17.18");
        assertThat(jdbc.sql("select count(*) from network_sdg_indicator").query(Integer.class).single()).isEqualTo(251);
        assertThat(reference.country("KZ")).get().extracting(ReferenceData.Country::nameRu).isEqualTo("Казахстан");
        assertThat(reference.datasets()).hasSize(6);
    }

    @Test
    void theUnEntitiesTheToRsNameAreAllKnownWithRussianNames() {
        // given the entities both ToRs name as members, then each is known, with a Russian name
        for (String code : new String[] {"RCO", "IOM", "UNDP", "UNHCR", "UNICEF", "UNFPA", "UNIC", "UNRCCA", "UNODC",
                "UNESCO", "UNDRR", "OCT", "WHO"}) {
            assertThat(reference.unEntity(code)).as(code).get()
                    .satisfies(e -> assertThat(e.nameRu()).isNotBlank());
        }
    }

    @Test
    void reloadingUnchangedFilesChangesNothing() {
        // given the loaded data, when the loader runs again, then the load times stay as they were
        var before = reference.datasets();
        loader.afterSingletonsInstantiated();
        assertThat(reference.datasets()).isEqualTo(before);
    }
}
