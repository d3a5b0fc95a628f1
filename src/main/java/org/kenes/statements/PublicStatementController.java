package org.kenes.statements;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.web.AtomFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What a network has said in public, for anyone, signed in or not: the delivered statements whose endorsement agreed
 * to their publication, as a list (which the network's public page pulls in), each statement with its PDF, and an
 * Atom feed. Nothing else of a statement ever appears here.
 */
@Controller
class PublicStatementController {

    private static final int PAGE_SIZE = 20;
    private static final int ON_PUBLIC_PAGE = 5;
    private static final int IN_FEED = 50;

    private final Statements statements;
    private final NetworkConfigurations networks;
    private final StatementPdf pdf;
    private final MessageSource messages;
    private final String baseUrl;

    PublicStatementController(Statements statements, NetworkConfigurations networks, StatementPdf pdf, MessageSource messages,
                              @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.statements = statements;
        this.networks = networks;
        this.pdf = pdf;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ModelAttribute("network")
    NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    /** The published statements; to the network's public page (an htmx request) the latest few as a fragment. */
    @GetMapping("/networks/{slug}/public/statements")
    String published(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        boolean fragment = htmx != null;
        Page<StatementSummary> found = statements.published(slug,
                PageRequest.of(fragment ? 0 : Math.max(page, 0), fragment ? ON_PUBLIC_PAGE : PAGE_SIZE));
        model.addAttribute("statements", found);
        model.addAttribute("page", found.getNumber());
        model.addAttribute("pages", found.getTotalPages());
        model.addAttribute("fragment", fragment);
        return fragment ? "statements/published :: list" : "statements/published";
    }

    @GetMapping("/networks/{slug}/public/statements/{id}")
    String statement(@PathVariable String slug, @PathVariable UUID id, Model model) {
        model.addAttribute("statement", statements.publishedStatement(slug, id));
        return "statements/public-statement";
    }

    @GetMapping("/networks/{slug}/public/statements/{id}.pdf")
    ResponseEntity<byte[]> print(@PathVariable String slug, @PathVariable UUID id, Locale locale) {
        return pdf.response(statements.publishedStatement(slug, id), locale);
    }

    /** The latest published statements as an Atom feed, titled in the reader's language where the statement has it. */
    @GetMapping("/networks/{slug}/public/statements.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Locale locale) throws XMLStreamException {
        NetworkConfiguration network = networks.of(slug);
        Page<StatementSummary> found = statements.published(slug, PageRequest.of(0, IN_FEED));
        Instant updated = found.getContent().stream().map(StatementSummary::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        AtomFeed feed = new AtomFeed("urn:kenes:" + slug + ":statements",
                messages.getMessage("statements.feed.title", new Object[] {network.name().in(locale)}, locale),
                baseUrl + "/networks/" + slug + "/public/statements.atom", baseUrl + "/networks/" + slug + "/public/statements",
                updated, network.name().in(locale), locale);
        for (StatementSummary statement : found) {
            String url = baseUrl + "/networks/" + slug + "/public/statements/" + statement.id();
            feed.startEntry("urn:uuid:" + statement.id(), statement.title(locale), url)
                    .link("enclosure", url + ".pdf", "application/pdf")
                    .element("published", statement.deliveredOn().atStartOfDay(network.timeZone()).toInstant())
                    .element("updated", statement.updatedAt())
                    .element("summary", messages.getMessage("statements.feed.summary", new Object[] {
                            statement.deliveredOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), statement.occasion(),
                            String.join(", ", statement.titles().stream().map(t -> t.languageName(locale)).toList())}, locale))
                    .endEntry();
        }
        return feed.response();
    }
}
