package org.kenes.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The network's search page and its export: words, facets to narrow by, and pages, over what the person may see. */
@Controller
class LibrarySearchController {

    private static final int PAGE_SIZE = 20;
    private static final int EXPORT_LIMIT = 10_000;

    private final Library library;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final String baseUrl;

    LibrarySearchController(Library library, NetworkConfigurations networks, MessageSource messages,
                            @Value("${kenes.base-url}") String baseUrl) {
        this.library = library;
        this.networks = networks;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/networks/{slug}/search")
    String search(@PathVariable String slug, @RequestParam(required = false) String q, @RequestParam(required = false) ItemKind kind,
                  @RequestParam(required = false) Integer gcm, @RequestParam(required = false) Integer year,
                  @RequestParam(required = false) String organisation, @RequestParam(defaultValue = "0") int page, Viewer viewer,
                  Model model) {
        SearchRequest request = new SearchRequest(q, kind, gcm, year, organisation, page, PAGE_SIZE);
        model.addAttribute("network", networks.of(slug));
        model.addAttribute("request", request);
        model.addAttribute("results", library.search(slug, request, viewer));
        model.addAttribute("links", new Links(slug, request));
        return "library/search";
    }

    /**
     * What the search found, as a spreadsheet-ready list in the reader's language: the same words and facets, the same
     * access, every page (up to {@value #EXPORT_LIMIT} items).
     */
    @GetMapping("/networks/{slug}/search.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) String q,
                               @RequestParam(required = false) ItemKind kind, @RequestParam(required = false) Integer gcm,
                               @RequestParam(required = false) Integer year, @RequestParam(required = false) String organisation,
                               Viewer viewer, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(Stream.of("library.item.date", "library.item.title", "library.item.kind", "library.item.organisation",
                    "library.item.level", "library.search.network", "library.search.facet.gcm", "library.item.languages", "library.search.link")
                    .map(key -> messages.getMessage(key, null, locale)).toList());
            SearchResults page;
            int number = 0;
            do {
                page = library.search(slug, new SearchRequest(q, kind, gcm, year, organisation, number++, SearchRequest.MAX_SIZE), viewer);
                for (LibraryItemView i : page.items()) {
                    String contributor = i.organisation().isEmpty()
                            ? messages.getMessage(i.workingGroupId() == null ? "library.source.network" : "library.source.group", null, locale)
                            : i.organisation();
                    printer.printRecord(i.itemDate(), cell(i.title()), messages.getMessage("library.kind." + i.kind(), null, locale),
                            cell(contributor), messages.getMessage("level." + i.level(), null, locale), i.networkSlug(),
                            cell(i.gcmObjectives()), cell(i.languages()), baseUrl + "/networks/" + slug + "/library/" + i.id());
                }
            } while (page.hasNext() && number * SearchRequest.MAX_SIZE < EXPORT_LIMIT);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("library-" + slug + ".csv").build().toString())
                .body(out.toByteArray());
    }

    /** What members typed, kept as text when a spreadsheet opens it: never read as a formula. */
    static String cell(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Addresses that keep the words and facets chosen so far and change one thing. */
    record Links(String slug, SearchRequest request) {

        public String with(String name, Object value) {
            return build(name, value, 0);
        }

        public String without(String name) {
            return build(name, null, 0);
        }

        public String page(int page) {
            return build(null, null, page);
        }

        public String export() {
            return build(null, null, 0).replaceFirst("/search", "/search.csv");
        }

        private String build(String name, Object value, int page) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/networks/{slug}/search");
            add(uri, "q", request.q(), name, value);
            add(uri, "kind", request.kind(), name, value);
            add(uri, "gcm", request.gcm(), name, value);
            add(uri, "year", request.year(), name, value);
            add(uri, "organisation", request.organisation(), name, value);
            if (page > 0) {
                uri.queryParam("page", page);
            }
            return uri.encode().buildAndExpand(slug).toUriString();
        }

        private static void add(UriComponentsBuilder uri, String param, Object current, String name, Object value) {
            Object shown = param.equals(name) ? value : current;
            if (shown != null) {
                uri.queryParam(param, shown);
            }
        }
    }
}
