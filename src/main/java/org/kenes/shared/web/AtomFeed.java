package org.kenes.shared.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An Atom feed (RFC 4287) of a network's public page: the feed's head, its entries, and the answer. Characters XML
 * cannot hold are left out of every text, whoever typed them.
 */
public final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String XML = "http://www.w3.org/XML/1998/namespace";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    /** Opens the feed with its id, title, own address, the page it mirrors, when it last changed and who publishes it. */
    public AtomFeed(String id, String title, String self, String page, Instant updated, String publisher, Locale locale)
            throws XMLStreamException {
        xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XML, "lang", locale.getLanguage());
        element("id", id);
        element("title", title);
        link("self", self, "application/atom+xml");
        link("alternate", page, "text/html");
        element("updated", updated);
        author(publisher);
    }

    /** Starts an entry with its id, title and the public page it links to; close it with {@link #endEntry()}. */
    public AtomFeed startEntry(String id, String title, String page) throws XMLStreamException {
        xml.writeStartElement("entry");
        element("id", id);
        element("title", title);
        return link("alternate", page, "text/html");
    }

    public AtomFeed endEntry() throws XMLStreamException {
        xml.writeEndElement();
        return this;
    }

    public AtomFeed element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(text));
        xml.writeEndElement();
        return this;
    }

    public AtomFeed element(String name, Instant at) throws XMLStreamException {
        return element(name, DateTimeFormatter.ISO_INSTANT.format(at));
    }

    public AtomFeed link(String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlSafe(href));
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        return this;
    }

    public AtomFeed author(String name) throws XMLStreamException {
        xml.writeStartElement("author");
        element("name", name);
        xml.writeEndElement();
        return this;
    }

    public AtomFeed category(String term, String label) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", xmlSafe(term));
        xml.writeAttribute("label", xmlSafe(label));
        return this;
    }

    /** Closes the feed and answers with it; readers ask again whenever they like, and are told what changed. */
    public ResponseEntity<String> response() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .body(out.toString());
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
