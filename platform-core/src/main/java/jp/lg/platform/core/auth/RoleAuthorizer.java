package jp.lg.platform.core.auth;

import io.dropwizard.auth.Authorizer;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Grants a {@code @RolesAllowed} role when the principal holds the realm role of that name. */
public final class RoleAuthorizer implements Authorizer<LgPrincipal> {

    @Override
    public boolean authorize(LgPrincipal principal, String role, ContainerRequestContext requestContext) {
        return Role.fromKeycloakName(role).map(principal::hasRole).orElse(false);
    }
}
