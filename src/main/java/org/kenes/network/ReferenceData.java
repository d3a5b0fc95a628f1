package org.kenes.network;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reference data every network shares: GCM objectives, SDG goals and targets, countries and UN entities. */
@Service
@Transactional(readOnly = true)
public class ReferenceData {

    private final JdbcClient jdbc;

    ReferenceData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<GcmObjective> gcmObjectives() {
        return jdbc.sql("select number, paragraph, short_label_en, title_en from network_gcm_objective order by number")
                .query(GcmObjective.class).list();
    }

    public List<SdgGoal> sdgGoals() {
        return jdbc.sql("select goal, title_en, title_ru, short_en, short_ru from network_sdg_goal order by goal")
                .query(SdgGoal.class).list();
    }

    /** The targets the Kenes brief names as migration-relevant (5.2, 8.7, 8.8, 10.7, 10.c, 16.2, 16.9, 17.18). */
    public List<SdgTarget> migrationRelevantTargets() {
        return jdbc.sql("select code, goal, title_en, title_ru from network_sdg_target where migration_relevant = true order by goal, code")
                .query(SdgTarget.class).list();
    }

    /** One SDG target by its code, for example {@code 10.7} or {@code 10.c}. */
    public Optional<SdgTarget> sdgTarget(String code) {
        return jdbc.sql("select code, goal, title_en, title_ru from network_sdg_target where code = ?")
                .param(code).query(SdgTarget.class).optional();
    }

    public Optional<UnEntity> unEntity(String code) {
        return jdbc.sql("select code, name_en, name_ru, website from network_un_entity where code = ?")
                .param(code).query(UnEntity.class).optional();
    }

    public Optional<Country> country(String alpha2) {
        return jdbc.sql("select alpha2, alpha3, numeric_code, name_en, name_ru from network_country where alpha2 = ?")
                .param(alpha2).query(Country.class).optional();
    }

    public List<LoadedDataset> datasets() {
        return jdbc.sql("select name, row_count, loaded_at from network_reference_dataset")
                .query((rs, row) -> new LoadedDataset(rs.getString("name"), rs.getInt("row_count"),
                        rs.getTimestamp("loaded_at").toInstant()))
                .list().stream()
                .sorted((a, b) -> Integer.compare(order(a.name()), order(b.name())))
                .toList();
    }

    private static int order(String name) {
        for (int i = 0; i < ReferenceDataset.ALL.size(); i++) {
            if (ReferenceDataset.ALL.get(i).name().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    public record GcmObjective(int number, int paragraph, String shortLabelEn, String titleEn) {
    }

    public record SdgGoal(int goal, String titleEn, String titleRu, String shortEn, String shortRu) {

        public String shortIn(Locale locale) {
            return "ru".equals(locale.getLanguage()) && shortRu != null ? shortRu : shortEn;
        }
    }

    public record SdgTarget(String code, int goal, String titleEn, String titleRu) {

        public String titleIn(Locale locale) {
            return "ru".equals(locale.getLanguage()) && titleRu != null ? titleRu : titleEn;
        }
    }

    public record UnEntity(String code, String nameEn, String nameRu, String website) {

        public String nameIn(Locale locale) {
            return "ru".equals(locale.getLanguage()) && nameRu != null ? nameRu : nameEn;
        }
    }

    public record Country(String alpha2, String alpha3, String numericCode, String nameEn, String nameRu) {

        public String nameIn(Locale locale) {
            return "ru".equals(locale.getLanguage()) && nameRu != null ? nameRu : nameEn;
        }
    }

    public record LoadedDataset(String name, int rows, Instant loadedAt) {

        public java.time.ZonedDateTime loadedAtUtc() {
            return loadedAt.atZone(java.time.ZoneOffset.UTC);
        }
    }
}
