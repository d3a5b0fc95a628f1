package org.kenes.statements;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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
        String self = baseUrl + "/networks/" + slug + "/public/statements.atom";
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
        element(xml, "id", "urn:kenes:" + slug + ":statements");
        element(xml, "title", messages.getMessage("statements.feed.title", new Object[] {network.name().in(locale)}, locale));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", baseUrl + "/networks/" + slug + "/public/statements", "text/html");
        Instant updated = found.getContent().stream().map(StatementSummary::updatedAt).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        xml.writeStartElement("author");
        element(xml, "name", network.name().in(locale));
        xml.writeEndElement();
        for (StatementSummary statement : found) {
            String url = baseUrl + "/networks/" + slug + "/public/statements/" + statement.id();
            xml.writeStartElement("entry");
            element(xml, "id", "urn:uuid:" + statement.id());
            element(xml, "title", statement.title(locale));
            link(xml, "alternate", url, "text/html");
            link(xml, "enclosure", url + ".pdf", "application/pdf");
            element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(statement.deliveredOn().atStartOfDay(network.timeZone()).toInstant()));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(statement.updatedAt()));
            element(xml, "summary", messages.getMessage("statements.feed.summary", new Object[] {
                    statement.deliveredOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")), statement.occasion(),
                    String.join(", ", statement.titles().stream().map(t -> t.languageName(locale)).toList())}, locale));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }

    /** Leaves out the characters XML 1.0 cannot hold at all (escaping the others is the writer's work). */
    static String xmlSafe(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)).forEach(safe::appendCodePoint);
        return safe.toString();
    }
}
