package org.kenes.library.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.kenes.shared.RuleViolation;
import org.springframework.stereotype.Component;

/**
 * The text of a file, for search: PDF through PDFBox, spreadsheets through the reader that writes our exports, and
 * word-processing documents (DOCX, ODT) by reading their XML, paragraph by paragraph. A file whose text cannot be read
 * is refused as damaged, so nothing half-readable enters the library.
 */
@Component
public class TextExtraction {

    /** More text than this is not searched: a hundred thick reports' worth. */
    public static final int MAX_CHARACTERS = 2_000_000;
    /** A document's XML is read up to this size, so a crafted archive cannot exhaust the memory. */
    private static final long MAX_XML_BYTES = 200L * 1024 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    public String text(FileType type, byte[] content) {
        try {
            String text = switch (type) {
                case PDF -> pdf(content);
                case DOCX -> xmlEntry(content, "word/document.xml", "p", "t");
                case ODT -> xmlEntry(content, "content.xml", "p", null);
                case XLSX -> spreadsheet(content);
                case CSV -> new String(content, StandardCharsets.UTF_8);
                case PNG, JPEG, GIF -> "";
            };
            return text.length() > MAX_CHARACTERS ? text.substring(0, MAX_CHARACTERS) : text;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new RuleViolation("library.file.corrupt", "file");
        }
    }

    private static String pdf(byte[] content) throws IOException {
        try (var document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String spreadsheet(byte[] content) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            for (var sheet : workbook.getSheets().toList()) {
                try (var rows = sheet.openStream()) {
                    rows.forEach(row -> {
                        row.forEach(cell -> {
                            if (cell != null && cell.getText() != null && !cell.getText().isEmpty()) {
                                text.append(cell.getText()).append('\t');
                            }
                        });
                        text.append('\n');
                    });
                }
                if (text.length() > MAX_CHARACTERS) {
                    break;
                }
            }
        }
        return text.toString();
    }

    /**
     * The character data of one XML entry of an archive, a line per paragraph element; with {@code textElement}, only
     * the data inside such elements (DOCX keeps its text in w:t, and other data elsewhere).
     */
    private static String xmlEntry(byte[] content, String entryName, String paragraph, String textElement)
            throws IOException, XMLStreamException {
        try (Archive archive = Archive.of(content); InputStream entry = archive.open(entryName)) {
            if (entry == null) {
                throw new IOException("no " + entryName);
            }
            return paragraphs(new LimitedStream(entry, MAX_XML_BYTES), paragraph, textElement);
        }
    }

    private static String paragraphs(InputStream xml, String paragraph, String textElement) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        XMLStreamReader reader = XML.createXMLStreamReader(xml);
        int inText = 0;
        while (reader.hasNext() && text.length() <= MAX_CHARACTERS) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (reader.getLocalName().equals(textElement)) {
                        inText++;
                    }
                    if (reader.getLocalName().equals("tab")) {
                        text.append(' ');
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (reader.getLocalName().equals(textElement)) {
                        inText--;
                    }
                    if (reader.getLocalName().equals(paragraph) || reader.getLocalName().equals("h")) {
                        text.append('\n');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (textElement == null || inText > 0) {
                        text.append(reader.getText());
                    }
                }
                default -> {
                }
            }
        }
        reader.close();
        return text.toString();
    }

    /** Stops reading (with an error) past a number of bytes. */
    private static final class LimitedStream extends java.io.FilterInputStream {

        private long left;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left-- <= 0) {
                throw new IOException("entry too large");
            }
            return super.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                throw new IOException("entry too large");
            }
            int read = super.read(b, off, (int) Math.min(len, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

    }
}
