package org.kenes.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The register exported as PDF and XLSX, read back; the same readers as the register. */
@KenesIntegrationTest
class RegisterExportIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private MockHttpServletResponse download(String path, String person) throws Exception {
        var request = get(path).header("Accept-Language", "ru");
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void theRegisterAsPdfCarriesTheDecisionsInRussianAndIsMarkedInternal() throws Exception {
        // given Turkmenistan's demo register, with its decision on the census written in Russian
        MockHttpServletResponse pdf = download("/networks/turkmenistan/decisions/register.pdf", "turkmenistan-member");
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");

        // then the PDF, read back, has its number, its Russian title and text, and the internal marking
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).containsPattern("TM-\\d{4}-001");
            assertThat(text).contains("Совместная позиция по вопросам миграции").contains("процедура молчания");
            assertThat(text).containsIgnoringCase("для внутреннего");
        }
    }

    @Test
    void theRegisterAsXlsxHasARowPerDecisionWithItsPositionsAndImplementation() throws Exception {
        MockHttpServletResponse xlsx = download("/networks/kazakhstan/decisions/register.xlsx", "kazakhstan-secretariat");
        assertThat(xlsx.getStatus()).isEqualTo(200);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            String all = rows.stream().map(r -> r.stream().map(c -> c == null ? "" : c.getText()).collect(Collectors.joining("|")))
                    .collect(Collectors.joining("\n"));
            assertThat(all).contains("Terms of reference of the Working Group on Labour Migration and Social Protection");
            assertThat(all).containsPattern("KZ-\\d{4}-\\d{3}");
            // the overdue implementation is flagged, and the positions are there
            assertThat(all).contains("выполняется — просрочено");
            assertThat(all).contains("UNDP: поддерживает");
        }
    }

    @Test
    void thoseWhoMayNotReadTheRegisterGetNoExport() throws Exception {
        for (String person : new String[] {null, "turkmenistan-secretariat"}) {
            for (String format : new String[] {"pdf", "xlsx"}) {
                MockHttpServletResponse refused = download("/networks/kazakhstan/decisions/register." + format, person);
                assertThat(refused.getStatus()).as(person + " " + format).isIn(302, 401, 403);
                assertThat(refused.getContentAsByteArray().length).as(person + " " + format).isLessThan(20_000);
                assertThat(refused.getContentType()).as(person + " " + format).isNotIn("application/pdf");
            }
        }
        // an external partner reaches the register of its working groups only: the network's decisions are not in it
        MockHttpServletResponse partner = download("/networks/kazakhstan/decisions/register.pdf", "kazakhstan-partner");
        try (var document = Loader.loadPDF(partner.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("Terms of reference of the Working Group");
        }
    }
}
