package org.kenes.decisions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.kenes.network.NetworkConfiguration;
import org.kenes.shared.print.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The register of decisions as a PDF to send on and as a spreadsheet, each marked internal. */
@Component
class RegisterExports {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final PdfRenderer pdf;
    private final MessageSource messages;

    RegisterExports(PdfRenderer pdf, MessageSource messages) {
        this.pdf = pdf;
        this.messages = messages;
    }

    byte[] pdf(NetworkConfiguration network, int year, List<DecisionView> decisions, Locale locale) {
        return pdf.render("decisions/register-print", Map.of("network", network, "year", year, "decisions", decisions), locale);
    }

    byte[] xlsx(NetworkConfiguration network, int year, List<DecisionView> decisions, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Kenes", "1.0");
            Worksheet sheet = workbook.newWorksheet(text("register.heading", locale));
            sheet.value(0, 0, network.name().in(locale) + " — " + text("register.heading", locale)
                    + (year == 0 ? "" : " " + year) + " — " + text("members.internal", locale));
            sheet.style(0, 0).bold().set();
            List<String> header = List.of(text("register.number", locale), text("register.adopted", locale),
                    text("proposal.title", locale), text("proposal.text", locale), text("proposal.procedure", locale),
                    text("positions.heading", locale), text("register.implementation", locale), text("register.dueLabel", locale),
                    text("register.note", locale));
            for (int c = 0; c < header.size(); c++) {
                sheet.value(2, c, header.get(c));
                sheet.style(2, c).bold().set();
            }
            int r = 3;
            for (DecisionView d : decisions) {
                List<String> row = List.of(d.number(), DAY.format(d.adoptedAt()), inert(d.title()), inert(d.text()),
                        text("procedure." + d.procedure(), locale), positions(d, locale),
                        text("implementation." + d.implementation(), locale) + (d.overdue() ? " — " + text("register.overdue", locale) : ""),
                        d.implementationDue() == null ? "" : DAY.format(d.implementationDue()),
                        d.implementationNote() == null ? "" : inert(d.implementationNote()));
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

    private String positions(DecisionView decision, Locale locale) {
        return decision.positions().stream().map(p -> p.organisation() + ": " + text("position." + p.kind(), locale))
                .collect(Collectors.joining("; "));
    }

    /** A cell a spreadsheet program would read as a formula is kept as text. */
    private static String inert(String value) {
        return value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
