package jp.lg.platform.core.auth;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * The authenticated caller: Keycloak user id ({@code sub}), username, the tenant they work for
 * (empty only for platform administrators), their platform roles, the name to show (the username
 * when the token carries none) and their e-mail address if the token has one. The tenant always
 * comes from here, never from a request body.
 */
public record LgPrincipal(String userId, String username, Optional<LgCode> tenant, Set<Role> roles,
        String displayName, Optional<String> email) implements Principal {

    public LgPrincipal {
        roles = Set.copyOf(roles);
    }

    public LgPrincipal(String userId, String username, Optional<LgCode> tenant, Set<Role> roles) {
        this(userId, username, tenant, roles, username, Optional.empty());
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
