package org.kenes.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Me", description = "The calling account and its personal access tokens")
class MeApiController {

    private final Accounts accounts;
    private final AccessTokens tokens;

    MeApiController(Accounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "The calling account")
    AccountSummary me(@AuthenticationPrincipal KenesPrincipal principal) {
        return accounts.find(principal.accountId()).orElseThrow();
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's access tokens (never their secrets)")
    List<AccessTokenSummary> tokens(@AuthenticationPrincipal KenesPrincipal principal) {
        return tokens.of(principal.accountId());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create an access token; its secret is in this response only")
    ResponseEntity<AccessTokens.IssuedToken> issue(@AuthenticationPrincipal KenesPrincipal principal,
                                                   @Valid @RequestBody TokenForm form, HttpServletRequest request) {
        if (BearerTokenFilter.carriesBearerToken(request)) {
            // a stolen token must not be able to outlive its own revocation
            throw new AccessDeniedException("Access tokens are created from a signed-in session, not with a token");
        }
        AccessTokens.IssuedToken issued = tokens.issue(principal.accountId(), form.name());
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + issued.token().id()))
                .cacheControl(CacheControl.noStore()).body(issued);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke an access token")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal KenesPrincipal principal, @PathVariable UUID id) {
        tokens.revoke(principal.accountId(), id);
        return ResponseEntity.noContent().build();
    }
}
