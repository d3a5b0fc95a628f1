package org.kenes.library;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * What a network has published from its library as an Atom feed, for anyone: the public items only (read as an
 * anonymous visitor reads them), newest shared first, written with the JDK's StAX writer as the statements' feed is.
 */
@Controller
class PublicLibraryFeedController {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int IN_FEED = 50;
    private static final int SUMMARY_LENGTH = 1000;

    private final Library library;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final String baseUrl;

    PublicLibraryFeedController(Library library, NetworkConfigurations networks, MessageSource messages,
                                @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.library = library;
        this.networks = networks;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/networks/{slug}/public/library.atom")
    ResponseEntity<String> feed(@PathVariable String slug, Locale locale) throws XMLStreamException {
        NetworkConfiguration network = networks.of(slug);
        Page<LibraryItemView> found = library.latest(slug, null, Viewer.ANONYMOUS, PageRequest.of(0, IN_FEED));
        String self = baseUrl + "/networks/" + slug + "/public/library.atom";
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", locale.getLanguage());
        element(xml, "id", "urn:kenes:" + slug + ":library");
        element(xml, "title", messages.getMessage("library.feed.title", new Object[] {network.name().in(locale)}, locale));
        link(xml, "self", self, "application/atom+xml");
        link(xml, "alternate", baseUrl + "/networks/" + slug + "/public/library", "text/html");
        Instant updated = found.getContent().stream().map(PublicLibraryFeedController::updated).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        xml.writeStartElement("author");
        element(xml, "name", network.name().in(locale));
        xml.writeEndElement();
        for (LibraryItemView item : found) {
            if (item.level() != org.kenes.shared.InformationLevel.PUBLIC) {
                continue; // the query already keeps to public items; a feed anyone reads checks once more
            }
            String url = baseUrl + "/networks/" + slug + "/public/library/" + item.id();
            xml.writeStartElement("entry");
            element(xml, "id", "urn:uuid:" + item.id());
            element(xml, "title", item.title());
            link(xml, "alternate", url, "text/html");
            if (item.url() != null) {
                link(xml, "related", item.url(), null);
            }
            element(xml, "published", DateTimeFormatter.ISO_INSTANT.format(item.createdAt()));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated(item)));
            xml.writeStartElement("author");
            element(xml, "name", item.organisation());
            xml.writeEndElement();
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", item.kind().name().toLowerCase(Locale.ROOT));
            xml.writeAttribute("label", messages.getMessage("library.kind." + item.kind(), null, locale));
            element(xml, "summary", summary(item, locale));
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

    /** An item changes in public when its publication is agreed after it was shared. */
    private static Instant updated(LibraryItemView item) {
        return item.approvedAt() != null && item.approvedAt().isAfter(item.createdAt()) ? item.approvedAt() : item.createdAt();
    }

    private String summary(LibraryItemView item, Locale locale) {
        String line = messages.getMessage("library.feed.summary", new Object[] {
                messages.getMessage("library.kind." + item.kind(), null, locale), item.organisation(),
                item.itemDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))}, locale);
        if (item.body() == null) {
            return line;
        }
        String body = item.body().length() > SUMMARY_LENGTH ? item.body().substring(0, SUMMARY_LENGTH) + "…" : item.body();
        return line + "\n\n" + body;
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlSafe(href));
        if (type != null) {
            xml.writeAttribute("type", type);
        }
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
