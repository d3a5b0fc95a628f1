package org.kenes.library;

import io.swagger.v3.oas.annotations.Operation;
import org.kenes.shared.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over a network's library, as the search page has it. */
@RestController
class LibrarySearchApiController {

    private final Library library;

    LibrarySearchApiController(Library library) {
        this.library = library;
    }

    @GetMapping("/api/v1/networks/{slug}/search")
    @Operation(summary = "Search titles, texts and file contents in Russian and English, with facets",
            description = "Only what the caller may see is found and counted. Narrow by kind, gcm (objective number), year or organisation.")
    SearchResults search(@PathVariable String slug, @RequestParam(required = false) String q, @RequestParam(required = false) ItemKind kind,
                         @RequestParam(required = false) Integer gcm, @RequestParam(required = false) Integer year,
                         @RequestParam(required = false) String organisation, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "20") int size, Viewer viewer) {
        return library.search(slug, new SearchRequest(q, kind, gcm, year, organisation, page, size), viewer);
    }

}
