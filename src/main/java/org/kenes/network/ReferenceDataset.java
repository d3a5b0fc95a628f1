package org.kenes.network;

import java.util.List;

/**
 * One reference table and the shipped CSV file it is loaded from.
 *
 * @param columns the table's columns, each read from a CSV column
 */
record ReferenceDataset(String name, String file, String table, List<Column> columns) {

    enum Type { TEXT, INTEGER, YES_FLAG }

    record Column(String csv, String table, Type type) {

        static Column text(String csv, String table) {
            return new Column(csv, table, Type.TEXT);
        }

        static Column text(String name) {
            return new Column(name, name, Type.TEXT);
        }

        static Column integer(String csv, String table) {
            return new Column(csv, table, Type.INTEGER);
        }

        static Column yes(String csv, String table) {
            return new Column(csv, table, Type.YES_FLAG);
        }

        Object read(String value) {
            String trimmed = value == null ? "" : value.strip();
            return switch (type) {
                case TEXT -> trimmed.isEmpty() ? null : trimmed;
                case INTEGER -> trimmed.isEmpty() ? null : Integer.valueOf(trimmed);
                case YES_FLAG -> "yes".equalsIgnoreCase(trimmed);
            };
        }
    }

    static final List<ReferenceDataset> ALL = List.of(
            new ReferenceDataset("gcm-objectives", "gcm_objectives.csv", "network_gcm_objective", List.of(
                    Column.integer("objective", "number"), Column.integer("gcm_paragraph", "paragraph"),
                    Column.text("short_label_en"), Column.text("title_en"))),
            new ReferenceDataset("sdg-goals", "sdg_goals.csv", "network_sdg_goal", List.of(
                    Column.integer("goal", "goal"), Column.text("title_en"), Column.text("short_en"),
                    Column.text("title_ru"), Column.text("short_ru"), Column.text("title_kk"),
                    Column.text("short_kk"), Column.text("title_tk"), Column.text("short_tk"))),
            new ReferenceDataset("sdg-targets", "sdg_targets.csv", "network_sdg_target", List.of(
                    Column.text("target", "code"), Column.integer("goal", "goal"), Column.text("title_en"),
                    Column.yes("migration_relevant", "migration_relevant"), Column.text("title_ru"),
                    Column.text("title_kk"), Column.text("title_tk"))),
            new ReferenceDataset("sdg-indicators", "sdg_indicators.csv", "network_sdg_indicator", List.of(
                    Column.text("indicator", "code"), Column.text("target", "target"), Column.integer("goal", "goal"),
                    Column.text("unsd_code"), Column.text("title_en"), Column.text("title_ru"),
                    Column.text("title_kk"), Column.text("title_tk"),
                    Column.yes("translation_matches_2025_en", "matches_2025_wording"))),
            new ReferenceDataset("countries", "iso3166_countries.csv", "network_country", List.of(
                    Column.text("alpha2"), Column.text("alpha3"), Column.text("numeric", "numeric_code"),
                    Column.text("name_en"), Column.text("name_ru"), Column.text("name_kk"), Column.text("name_tk"))),
            new ReferenceDataset("un-entities", "un_system_entities.csv", "network_un_entity", List.of(
                    Column.text("entity", "code"), Column.text("entity_long", "name_en"),
                    Column.text("entity_aliases", "aliases"), Column.text("un_principal_organ", "principal_organ"),
                    Column.text("category", "category"), Column.text("entity_link", "website"))));
}
