package org.kenes.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person, kept in the session without the password hash; network roles are not kept here but read
 * for each request, so a changed role takes effect at once.
 */
public final class KenesPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final String username;
    private final String displayName;
    private final boolean platformAdmin;
    private final boolean enabled;
    private String passwordHash;

    KenesPrincipal(UUID accountId, String username, String displayName, boolean platformAdmin, boolean enabled,
                   String passwordHash) {
        this.accountId = accountId;
        this.username = username;
        this.displayName = displayName;
        this.platformAdmin = platformAdmin;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    static KenesPrincipal of(Account account) {
        return new KenesPrincipal(account.id(), account.username(), account.displayName(), account.platformAdmin(),
                account.enabled(), account.passwordHash());
    }

    public UUID accountId() {
        return accountId;
    }

    public String displayName() {
        return displayName;
    }

    public boolean platformAdmin() {
        return platformAdmin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
