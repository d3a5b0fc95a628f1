package org.kenes.library.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenes.shared.RuleViolation;
import org.springframework.util.unit.DataSize;

/** Files as the library takes them: checked by content, refused with a reason, their text read for search. */
public class LibraryFileTests {

    private final FileCheck check = new FileCheck(DataSize.ofMegabytes(1));
    private final TextExtraction extraction = new TextExtraction();

    public static byte[] pdf(String text) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            var font = PDType0Font.load(document, LibraryFileTests.class.getResourceAsStream("/fonts/DejaVuSans.ttf"));
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.beginText();
                stream.setFont(font, 12);
                stream.newLineAtOffset(50, 700);
                stream.showText(text);
                stream.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    public static byte[] docx(String... paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(paragraph).append("</w:t></w:r></w:p>");
        }
        return zip("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
                "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                        + body + "</w:body></w:document>");
    }

    public static byte[] odt(String paragraph) throws IOException {
        return zip("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                        + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text><text:p>"
                        + paragraph + "</text:p></office:text></office:body></office:document-content>");
    }

    public static byte[] xlsx(String cell) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Kenes", "1.0");
        workbook.newWorksheet("Data").value(0, 0, cell);
        workbook.finish();
        return out.toByteArray();
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuleViolation e) {
            return e.messageKey();
        }
    }

    @Test
    void eachKindIsRecognisedByItsContentAndItsTextIsRead() throws IOException {
        // given a PDF, a DOCX, an ODT, an XLSX and a CSV with Russian and English words
        byte[] pdf = pdf("Мигрантов из Центральной Азии");
        byte[] docx = docx("Положение трудовых мигрантов", "Labour migration study");
        byte[] odt = odt("Доступ мигрантов к медицинской помощи");
        byte[] xlsx = xlsx("Численность мигрантов");
        byte[] csv = "year,migrants\n2025,3 800 000\n".getBytes(StandardCharsets.UTF_8);

        // then each is taken for what it is, and its text is read back
        assertThat(extraction.text(check.check("study.pdf", pdf), pdf)).contains("Мигрантов из Центральной Азии");
        assertThat(extraction.text(check.check("study.docx", docx), docx)).contains("Положение трудовых мигрантов")
                .contains("Labour migration study");
        assertThat(extraction.text(check.check("note.odt", odt), odt)).contains("Доступ мигрантов к медицинской помощи");
        assertThat(extraction.text(check.check("data.xlsx", xlsx), xlsx)).contains("Численность мигрантов");
        assertThat(extraction.text(check.check("data.csv", csv), csv)).contains("3 800 000");
        assertThat(check.check("photo.JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x10})).isEqualTo(FileType.JPEG);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal(() -> check.check("empty.pdf", new byte[0]))).isEqualTo("library.file.empty");
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        byte[] large = new byte[(int) DataSize.ofMegabytes(1).toBytes() + 1];
        assertThat(refusal(() -> check.check("large.csv", large))).isEqualTo("library.file.tooLarge");
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefused() throws IOException {
        // a DOCX renamed to .pdf, and a PDF renamed to .docx
        assertThat(refusal(() -> check.check("report.pdf", uncheckedDocx()))).isEqualTo("library.file.mismatch");
        byte[] pdf = pdf("text");
        assertThat(refusal(() -> check.check("report.docx", pdf))).isEqualTo("library.file.mismatch");
        // and a program is no document, whatever its name
        assertThat(refusal(() -> check.check("report.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}))).isEqualTo("library.file.unsupported");
    }

    @Test
    void aCorruptPdfOrDocumentIsRefused() throws IOException {
        byte[] pdf = pdf("Корректный текст");
        byte[] cut = java.util.Arrays.copyOf(pdf, 40);
        assertThat(refusal(() -> check.check("cut.pdf", cut))).isEqualTo("library.file.corrupt");
        byte[] broken = zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document><w:body><w:p>");
        FileType type = check.check("broken.docx", broken);
        assertThat(refusal(() -> extraction.text(type, broken))).isEqualTo("library.file.corrupt");
    }

    @Test
    void aDocumentWithAnExternalEntityIsNotResolved(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-VALUE");
        byte[] hostile = zip("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><w:document xmlns:w=\"w\"><w:body><w:p><w:t>&x;</w:t></w:p></w:body></w:document>");
        String text;
        try {
            text = extraction.text(check.check("hostile.docx", hostile), hostile);
        } catch (RuleViolation refused) {
            text = "";
        }
        assertThat(text).doesNotContain("SECRET-VALUE");
    }

    @Test
    void theFileSystemStoreKeepsWhatItIsGivenUnderKeysItMadeOnly(@TempDir Path dir) throws IOException {
        FileSystemFileStore store = new FileSystemFileStore(dir);
        String key = store.put("Отчёт".getBytes(StandardCharsets.UTF_8));
        try (var in = store.open(key)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Отчёт");
        }
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        store.discard(key);
        assertThatThrownBy(() -> store.open(key)).isInstanceOf(IOException.class);
    }

    private static byte[] uncheckedDocx() {
        try {
            return docx("Отчёт");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
