package jp.lg.platform.directory;

import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.tenancy.LgCode;

/** Someone who works for a tenant and has signed in at least once. */
public record Person(String userId, LgCode tenant, String username, String displayName, Optional<String> email,
        Set<Role> roles) {

    public Person {
        roles = Set.copyOf(roles);
    }

    /** The person a token describes; empty for a platform administrator, who works for no tenant. */
    public static Optional<Person> of(LgPrincipal principal) {
        return principal.tenant().map(tenant -> new Person(principal.userId(), tenant, principal.username(),
                principal.displayName(), principal.email(), principal.roles()));
    }
}
