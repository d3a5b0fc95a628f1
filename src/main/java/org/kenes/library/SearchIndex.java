package org.kenes.library;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The database is the record; the index only serves searches. It is rebuilt from the items at start, before demo
 * content is added, so a restored database or a lost index directory never leaves search behind.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndex implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean rebuildOnStart;

    SearchIndex(EntityManagerFactory entityManagerFactory,
                @Value("${kenes.library.search.rebuild-on-start:true}") boolean rebuildOnStart) {
        this.entityManagerFactory = entityManagerFactory;
        this.rebuildOnStart = rebuildOnStart;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (rebuildOnStart) {
            rebuild();
        }
    }

    void rebuild() throws InterruptedException {
        long start = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(LibraryItem.class).massIndexer()
                .threadsToLoadObjects(1)
                .batchSizeToLoadObjects(50)
                .startAndWait();
        log.info("Library search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
    }
}
