package org.kenes.library;

import org.kenes.shared.RecordFiled;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Files the records of the network's work in the library once their module has committed them: disseminated minutes,
 * delivered statements. One entry per record, however often it is filed; a filing handled twice changes nothing.
 */
@Component
class RecordFiling {

    private final Library library;

    RecordFiling(Library library) {
        this.library = library;
    }

    /**
     * Each attempt is a transaction of its own: when two filings of one record race to make its entry, the one that
     * loses finds the entry on its second attempt and updates it.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(RecordFiled record) {
        try {
            library.file(record);
        } catch (DataIntegrityViolationException raced) {
            library.file(record);
        }
    }
}
