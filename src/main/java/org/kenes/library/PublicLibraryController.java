package org.kenes.library;

import java.util.UUID;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** What a network agreed to publish from its library, for anyone, signed in or not. */
@Controller
class PublicLibraryController {

    private static final int PAGE_SIZE = 20;
    private static final int ON_PUBLIC_PAGE = 5;

    private final Library library;
    private final NetworkConfigurations networks;

    PublicLibraryController(Library library, NetworkConfigurations networks) {
        this.library = library;
        this.networks = networks;
    }

    @ModelAttribute("network")
    NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    /** The public items; to the network's public page (an htmx request) the latest few as a fragment. */
    @GetMapping("/networks/{slug}/public/library")
    String published(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                     @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        boolean fragment = htmx != null;
        Page<LibraryItemView> found = library.published(slug, PageRequest.of(fragment ? 0 : Math.max(page, 0),
                fragment ? ON_PUBLIC_PAGE : PAGE_SIZE));
        model.addAttribute("items", found);
        model.addAttribute("page", found.getNumber());
        model.addAttribute("pages", found.getTotalPages());
        return fragment ? "library/published :: list" : "library/published";
    }

    @GetMapping("/networks/{slug}/public/library/{id}")
    String item(@PathVariable String slug, @PathVariable UUID id, Model model) {
        model.addAttribute("item", library.publishedItem(slug, id));
        return "library/public-item";
    }

    @GetMapping("/networks/{slug}/public/library/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID fileId) {
        Library.Download download = library.download(slug, id, fileId, Viewer.ANONYMOUS);
        return FileResponses.attachment(library, download, CacheControl.noCache());
    }
}
