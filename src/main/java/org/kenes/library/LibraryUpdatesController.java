package org.kenes.library;

import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The library's updates feed: everything shared in the network, newest first, of what the reader may see (the
 * query filters it, as it does the library's list). Signed-in people only, as the library is.
 */
@Controller
class LibraryUpdatesController {

    private static final int PAGE_SIZE = 20;

    private final Library library;
    private final NetworkConfigurations networks;

    LibraryUpdatesController(Library library, NetworkConfigurations networks) {
        this.library = library;
        this.networks = networks;
    }

    @ModelAttribute("network")
    NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @GetMapping("/networks/{slug}/library/updates")
    String updates(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        Page<LibraryItemView> shown = library.latest(slug, null, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("items", shown);
        model.addAttribute("page", shown.getNumber());
        model.addAttribute("pages", shown.getTotalPages());
        return "library/updates";
    }
}
