package org.kenes.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.ApiPage;
import org.kenes.shared.Viewer;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The library over JSON, with the pages' rules: what a caller may see, and nothing of what it may not. */
@RestController
@RequestMapping("/api/v1/networks/{slug}/library")
@Tag(name = "Library", description = "Documents with their files, updates and links, at their information level")
class LibraryApiController {

    private final Library library;

    LibraryApiController(Library library) {
        this.library = library;
    }

    @GetMapping
    @Operation(summary = "The items the caller may see, newest first; 'kind' filters by type")
    ApiPage<LibraryItemView> items(@PathVariable String slug, @RequestParam(required = false) ItemKind kind,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Viewer viewer) {
        Page<LibraryItemView> found = library.visible(slug, kind, viewer, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, ApiPage.MAX_SIZE)));
        return new ApiPage<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/papers")
    @Operation(summary = "The papers for a meeting ('meeting') or a proposal ('proposal') the caller may see, newest first")
    java.util.List<LibraryItemView> papers(@PathVariable String slug, @RequestParam(required = false) UUID meeting,
                                           @RequestParam(required = false) UUID proposal, Viewer viewer) {
        if ((meeting == null) == (proposal == null)) {
            throw new org.kenes.shared.RuleViolation("library.papers.meetingOrProposal", meeting == null ? "meeting" : "proposal");
        }
        return library.papers(slug, meeting, proposal, viewer);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item with its files' versions; 404 for an item the caller may not see")
    LibraryItemView item(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return library.item(slug, id, viewer);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Share an item: the 'item' part as JSON, and for a document the 'file' part",
            description = "The file is checked by its content; a refused file answers 422 naming the field 'file'. A paper for "
                    + "a meeting names 'meetingId' (and possibly 'agendaItemId'), a paper for a proposal 'proposalId'.")
    ResponseEntity<LibraryItemView> share(@PathVariable String slug, @Valid @RequestPart("item") NewItem item,
                                          @RequestPart(name = "file", required = false) MultipartFile file, Viewer viewer) {
        UUID id = library.share(slug, item, FileResponses.upload(file), viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/library/" + id)).body(library.item(slug, id, viewer));
    }

    @PostMapping("/{id}/shares")
    @Operation(summary = "Offer an item to another network (secretariat)",
            description = "Public items travel at once; anything else once a co-chair agrees, or at once with the adopted decision's number.")
    List<ShareView> offer(@PathVariable String slug, @PathVariable UUID id, @RequestBody Offer offer, Viewer viewer) {
        library.offer(slug, id, offer.network(), offer.decisionNumber(), viewer);
        return library.shares(slug, id, viewer);
    }

    @PostMapping("/{id}/shares/{network}/agreement")
    @Operation(summary = "A co-chair agrees that the item reaches the other network")
    List<ShareView> agree(@PathVariable String slug, @PathVariable UUID id, @PathVariable String network, Viewer viewer) {
        library.agreeSharing(slug, id, network, viewer);
        return library.shares(slug, id, viewer);
    }

    /** Where to share an item, and the adopted decision that agreed it, if any. */
    record Offer(String network, String decisionNumber) {
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "A file, checked against the caller's access at every request")
    ResponseEntity<InputStreamResource> download(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID fileId,
                                                 Viewer viewer) {
        Library.Download download = library.download(slug, id, fileId, viewer);
        return FileResponses.attachment(library, download, CacheControl.noStore());
    }

}
