package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search's CSV keeps what members typed as text: a spreadsheet never runs it as a formula. */
class SearchExportTests {

    @Test
    void aCellThatWouldStartAFormulaIsKeptAsText() {
        assertThat(LibrarySearchController.cell("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(LibrarySearchController.cell("+7 701")).isEqualTo("'+7 701");
        assertThat(LibrarySearchController.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(LibrarySearchController.cell("Labour migration")).isEqualTo("Labour migration");
        assertThat(LibrarySearchController.cell(null)).isNull();
    }
}
