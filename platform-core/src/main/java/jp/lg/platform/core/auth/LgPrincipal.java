package jp.lg.platform.core.auth;

import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * The authenticated caller: Keycloak user id ({@code sub}), username, the tenant they work for
 * (empty only for platform administrators) and their platform roles. The tenant always comes
 * from here, never from a request body.
 */
public record LgPrincipal(String userId, String username, Optional<LgCode> tenant, Set<Role> roles)
        implements Principal {

    public LgPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
