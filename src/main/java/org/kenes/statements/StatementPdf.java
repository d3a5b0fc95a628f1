package org.kenes.statements;

import java.util.Locale;
import java.util.Map;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.print.PdfRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * A statement as a PDF: its text in every language, the co-chairs who signed it off with their positions, and when
 * and where it was delivered. Whoever may read the statement may have its PDF, and no one else.
 */
@Component
class StatementPdf {

    private final PdfRenderer renderer;
    private final NetworkConfigurations networks;

    StatementPdf(PdfRenderer renderer, NetworkConfigurations networks) {
        this.renderer = renderer;
        this.networks = networks;
    }

    ResponseEntity<byte[]> response(StatementView statement, Locale locale) {
        byte[] body = renderer.render("statements/statement-print", Map.of("network", networks.of(statement.networkSlug()),
                "statement", statement), locale);
        String day = statement.deliveredOn() != null ? statement.deliveredOn().toString() : "draft-" + statement.current().number();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                // a public statement may be kept by caches; anything else is no one's to keep
                .cacheControl(statement.published() ? CacheControl.noCache() : CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("statement-" + statement.networkSlug() + "-" + day + ".pdf").build().toString())
                .body(body);
    }
}
