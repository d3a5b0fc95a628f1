package org.kenes.shared.print;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a print template to PDF with the fonts Kenes ships (DejaVu Sans: Cyrillic, and the Latin letters of
 * Kazakh and Turkmen), so a PDF reads the same wherever it is opened.
 */
@Component
public class PdfRenderer {

    private static final String FONT_FAMILY = "Kenes Sans";

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    public byte[] render(String template, Map<String, Object> model, Locale locale) {
        String html = templates.process(template, new Context(locale, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "fonts/DejaVuSans.ttf", 400);
            font(builder, "fonts/DejaVuSans-Bold.ttf", 700);
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + template + " as PDF", e);
        }
    }

    private static void font(PdfRendererBuilder builder, String path, int weight) {
        builder.useFont(() -> {
            try {
                return new ClassPathResource(path).getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException("Font " + path + " is missing from the application", e);
            }
        }, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}
