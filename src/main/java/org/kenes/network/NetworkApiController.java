package org.kenes.network;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.kenes.shared.ApiPage;
import org.kenes.shared.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks")
@Tag(name = "Networks", description = "Networks and their Terms of Reference")
class NetworkApiController {

    private final NetworkConfigurations configurations;
    private final NetworkProfiles profiles;

    NetworkApiController(NetworkConfigurations configurations, NetworkProfiles profiles) {
        this.configurations = configurations;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "The networks of this installation (names are public)")
    ApiPage<NetworkSummary> list(@RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "20") int size) {
        return ApiPage.of(configurations.all(), page, size);
    }

    @GetMapping("/{slug}")
    @Operation(summary = "A network's Terms of Reference configuration, for the people who take part in it")
    NetworkProfiles.NetworkProfile network(@PathVariable String slug, Viewer viewer) {
        NetworkProfiles.NetworkProfile profile = profiles.of(slug);
        NetworkAccess.check(viewer, slug);
        return profile;
    }

    @GetMapping("/{slug}/public")
    @Operation(summary = "What anyone may read of a network: mission, objectives, member agencies")
    NetworkProfiles.PublicProfile publicProfile(@PathVariable String slug) {
        return profiles.publicProfile(slug);
    }
}
