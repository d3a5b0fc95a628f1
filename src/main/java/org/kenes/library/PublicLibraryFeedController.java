package org.kenes.library;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.shared.web.AtomFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
        Instant updated = found.getContent().stream().map(PublicLibraryFeedController::updated).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        AtomFeed feed = new AtomFeed("urn:kenes:" + slug + ":library",
                messages.getMessage("library.feed.title", new Object[] {network.name().in(locale)}, locale),
                baseUrl + "/networks/" + slug + "/public/library.atom", baseUrl + "/networks/" + slug + "/public/library",
                updated, network.name().in(locale), locale);
        for (LibraryItemView item : found) {
            if (item.level() != org.kenes.shared.InformationLevel.PUBLIC) {
                continue; // the query already keeps to public items; a feed anyone reads checks once more
            }
            feed.startEntry("urn:uuid:" + item.id(), item.title(), baseUrl + "/networks/" + slug + "/public/library/" + item.id());
            if (item.url() != null && !item.filed()) {
                // a filed record's address is its internal page; its public page is the entry's own
                feed.link("related", item.url(), null);
            }
            feed.element("published", item.createdAt())
                    .element("updated", updated(item))
                    .author(item.organisation().isEmpty() ? network.name().in(locale) : item.organisation())
                    .category(item.kind().name().toLowerCase(Locale.ROOT), messages.getMessage("library.kind." + item.kind(), null, locale))
                    .element("summary", summary(item, locale))
                    .endEntry();
        }
        return feed.response();
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
}
