package org.kenes.network;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the shipped reference CSV files into their tables. A file whose checksum matches the loaded one is skipped,
 * so a restart costs one small query per file; a changed file replaces its table's rows in one transaction.
 */
@Component
class ReferenceDataLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);
    static final String KENES_ENTITIES = "un_entities_kenes.csv";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReferenceDataLoader(JdbcClient jdbc, JdbcTemplate jdbcTemplate, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (ReferenceDataset dataset : ReferenceDataset.ALL) {
            String text = read(dataset.file());
            if (dataset.name().equals("un-entities")) {
                text = text + "\n" + read(KENES_ENTITIES);
            }
            String checksum = NetworkConfigurations.checksum(text);
            String loaded = jdbc.sql("select checksum from network_reference_dataset where name = ?")
                    .param(dataset.name()).query(String.class).optional().orElse(null);
            if (!checksum.equals(loaded)) {
                transaction.executeWithoutResult(status -> load(dataset, checksum, loaded != null));
            }
        }
    }

    private void load(ReferenceDataset dataset, String checksum, boolean replacing) {
        List<Object[]> rows = new ArrayList<>();
        for (CSVRecord record : records(read(dataset.file()))) {
            rows.add(dataset.columns().stream().map(column -> column.read(record.get(column.csv()))).toArray());
        }
        jdbcTemplate.update("delete from " + dataset.table());
        String columns = dataset.columns().stream().map(ReferenceDataset.Column::table).collect(Collectors.joining(", "));
        String marks = dataset.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        jdbcTemplate.batchUpdate("insert into " + dataset.table() + " (" + columns + ") values (" + marks + ")", rows);
        if (dataset.name().equals("un-entities")) {
            addKenesEntities();
        }
        if (replacing) {
            jdbc.sql("update network_reference_dataset set checksum = ?, row_count = ?, loaded_at = ? where name = ?")
                    .params(checksum, count(dataset.table()), java.sql.Timestamp.from(clock.instant()), dataset.name()).update();
        } else {
            jdbc.sql("insert into network_reference_dataset (name, checksum, row_count, loaded_at) values (?, ?, ?, ?)")
                    .params(dataset.name(), checksum, count(dataset.table()), java.sql.Timestamp.from(clock.instant())).update();
        }
        log.info("Loaded reference data '{}' from {}", dataset.name(), dataset.file());
    }

    /** Country offices the UN System Chart does not list (RCO, UNIC), and Russian names of the entities the ToRs name. */
    private void addKenesEntities() {
        Map<String, CSVRecord> additions = new LinkedHashMap<>();
        records(read(KENES_ENTITIES)).forEach(record -> additions.put(record.get("entity"), record));
        additions.values().forEach(record -> {
            String nameRu = blankToNull(record.get("name_ru"));
            int updated = jdbc.sql("update network_un_entity set name_ru = ? where code = ?")
                    .params(nameRu, record.get("entity")).update();
            if (updated == 0) {
                jdbc.sql("insert into network_un_entity (code, name_en, name_ru, website, note) values (?, ?, ?, ?, ?)")
                        .params(record.get("entity"), record.get("entity_long"), nameRu,
                                blankToNull(record.get("entity_link")), blankToNull(record.get("note")))
                        .update();
            }
        });
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Iterable<CSVRecord> records(String text) {
        try {
            Reader reader = new StringReader(text);
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(String file) {
        try {
            return new ClassPathResource("reference/" + file).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Reference file " + file + " is missing from the application", e);
        }
    }
}
