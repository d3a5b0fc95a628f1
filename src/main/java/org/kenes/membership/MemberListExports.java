package org.kenes.membership;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kenes.network.NetworkConfiguration;
import org.kenes.shared.print.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The member list as a file to send on: PDF (dated, marked internal), XLSX and CSV, in the reader's language. */
@Component
class MemberListExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PdfRenderer pdf;
    private final MessageSource messages;

    MemberListExports(PdfRenderer pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] pdf(NetworkConfiguration network, LocalDate asOf, List<MemberListEntry> members,
               List<CoChair> coChairs, Locale locale) {
        return pdf.render("membership/member-list-print", Map.of("network", network, "asOf", asOf, "members", members,
                "coChairs", coChairs), locale);
    }

    byte[] csv(List<MemberListEntry> members, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // lets spreadsheet programs see UTF-8
            try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
                printer.printRecord(header(locale));
                for (List<String> row : rows(members, locale)) {
                    printer.printRecord(row.stream().map(MemberListExports::inert).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    byte[] xlsx(NetworkConfiguration network, LocalDate asOf, List<MemberListEntry> members, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kenes", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("members.heading", locale));
            sheet.value(0, 0, network.name().in(locale) + " — " + text("members.asOf", locale, DAY.format(asOf))
                    + " — " + text("members.internal", locale));
            sheet.style(0, 0).bold().set();
            List<String> header = header(locale);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(2, c, header.get(c));
                sheet.style(2, c).bold().set();
            }
            int r = 3;
            for (List<String> row : rows(members, locale)) {
                for (int c = 0; c < row.size(); c++) {
                    sheet.value(r, c, row.get(c));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<String> header(Locale locale) {
        return List.of(text("members.new.acronym", locale), text("members.organisation", locale),
                text("members.role", locale), text("members.new.joinedOn", locale), text("contact.fullName", locale),
                text("member.focalPoint.kind", locale), text("contact.position", locale), text("contact.email", locale),
                text("contact.phone", locale), text("contact.languages", locale));
    }

    /** One row per focal point; a member without any still gets its row. */
    private List<List<String>> rows(List<MemberListEntry> members, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (MemberListEntry member : members) {
            List<String> organisation = List.of(member.acronym(), member.name(locale),
                    text("members.role." + member.role(), locale), DAY.format(member.joinedOn()));
            if (member.focalPoints().isEmpty()) {
                List<String> row = new ArrayList<>(organisation);
                row.addAll(List.of("", "", "", "", "", ""));
                rows.add(row);
            }
            for (MemberListEntry.FocalPointEntry focalPoint : member.focalPoints()) {
                List<String> row = new ArrayList<>(organisation);
                row.addAll(List.of(focalPoint.fullName(), text("member.focalPoint.kind." + focalPoint.kind(), locale),
                        nullToEmpty(focalPoint.position()), focalPoint.email(), nullToEmpty(focalPoint.phone()),
                        nullToEmpty(focalPoint.languages())));
                rows.add(row);
            }
        }
        return rows;
    }

    /** A cell a spreadsheet program would run as a formula is kept as text. */
    static String inert(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
