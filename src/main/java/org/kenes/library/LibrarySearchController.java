package org.kenes.library;

import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The network's search page: words, facets to narrow by, and pages, over what the person may see. */
@Controller
class LibrarySearchController {

    private static final int PAGE_SIZE = 20;

    private final Library library;
    private final NetworkConfigurations networks;

    LibrarySearchController(Library library, NetworkConfigurations networks) {
        this.library = library;
        this.networks = networks;
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
