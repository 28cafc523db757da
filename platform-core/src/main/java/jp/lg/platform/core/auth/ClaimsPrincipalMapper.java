package jp.lg.platform.core.auth;

import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * Turns the claims of a verified Keycloak access token into an {@link LgPrincipal}. The tenant is
 * the organization the user belongs to; Keycloak writes it either as a list of aliases
 * ({@code "organization": ["382060"]}) or, with attributes, as an object keyed by alias. A user
 * must belong to exactly one organization whose alias is an LG code, unless they are a platform
 * administrator, who may belong to none.
 */
public final class ClaimsPrincipalMapper {

    static final String ORGANIZATION = "organization";

    public LgPrincipal toPrincipal(JWTClaimsSet claims) {
        String subject = claims.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new InvalidTokenException("it has no subject");
        }
        String username = stringClaim(claims, "preferred_username").orElse(subject);
        Set<Role> roles = roles(claims);
        List<String> organizations = organizations(claims);
        if (organizations.size() > 1) {
            throw new InvalidTokenException("user " + username + " belongs to " + organizations.size()
                    + " organizations; a user must belong to exactly one tenant");
        }
        if (organizations.isEmpty()) {
            if (!roles.contains(Role.PLATFORM_ADMIN)) {
                throw new InvalidTokenException("user " + username + " belongs to no organization (tenant); "
                        + "ask a platform administrator to add the user to their municipality");
            }
            return new LgPrincipal(subject, username, Optional.empty(), roles, displayName(claims, username),
                    stringClaim(claims, "email"));
        }
        String alias = organizations.get(0);
        String problem = LgCode.problemWith(alias);
        if (problem != null) {
            throw new InvalidTokenException("organization '" + alias + "' is not a tenant: " + problem);
        }
        return new LgPrincipal(subject, username, Optional.of(LgCode.parse(alias)), roles,
                displayName(claims, username), stringClaim(claims, "email"));
    }

    /** Keycloak's {@code name} claim (given and family name), else the username. */
    private static String displayName(JWTClaimsSet claims, String username) {
        return stringClaim(claims, "name").filter(name -> !name.isBlank()).map(String::strip).orElse(username);
    }

    private static Set<Role> roles(JWTClaimsSet claims) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object realmAccess = claims.getClaim("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof Collection<?> names) {
            for (Object name : names) {
                Role.fromKeycloakName(String.valueOf(name)).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static List<String> organizations(JWTClaimsSet claims) {
        Object claim = claims.getClaim(ORGANIZATION);
        if (claim == null) {
            return List.of();
        }
        if (claim instanceof Collection<?> aliases) {
            return aliases.stream().map(String::valueOf).toList();
        }
        if (claim instanceof Map<?, ?> byAlias) {
            return byAlias.keySet().stream().map(String::valueOf).toList();
        }
        if (claim instanceof String alias) {
            return List.of(alias);
        }
        throw new InvalidTokenException("its organization claim has an unexpected shape");
    }

    private static Optional<String> stringClaim(JWTClaimsSet claims, String name) {
        try {
            return Optional.ofNullable(claims.getStringClaim(name));
        } catch (ParseException e) {
            throw new InvalidTokenException("claim " + name + " is not a string");
        }
    }
}
