package org.kenes.network;

import java.util.List;
import org.kenes.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class NetworkController {

    private final NetworkConfigurations configurations;
    private final NetworkProfiles profiles;
    private final ReferenceData reference;

    NetworkController(NetworkConfigurations configurations, NetworkProfiles profiles, ReferenceData reference) {
        this.configurations = configurations;
        this.profiles = profiles;
        this.reference = reference;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        List<NetworkSummary> all = configurations.all();
        model.addAttribute("networks", all);
        return "network/index";
    }

    @GetMapping("/networks/{slug}")
    String network(@PathVariable String slug, Viewer viewer, Model model) {
        NetworkProfiles.NetworkProfile profile = profiles.of(slug);
        NetworkAccess.check(viewer, slug);
        model.addAttribute("profile", profile);
        model.addAttribute("network", profile.configuration());
        if (viewer.isSecretariatOf(slug) || viewer.platformAdmin()) {
            model.addAttribute("history", configurations.history(slug));
        }
        return "network/home";
    }

    @GetMapping("/networks/{slug}/public")
    String publicPage(@PathVariable String slug, Model model) {
        model.addAttribute("profile", profiles.publicProfile(slug));
        return "network/public";
    }

    @GetMapping("/about/data")
    String aboutData(Model model) {
        model.addAttribute("datasets", reference.datasets());
        model.addAttribute("gcmObjectives", reference.gcmObjectives());
        model.addAttribute("migrationTargets", reference.migrationRelevantTargets());
        return "network/about-data";
    }
}
