package jp.lg.platform.ops.local;

import java.util.Locale;
import java.util.Optional;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * A local-mode Keycloak user: one realm role and membership of at most one organization (the
 * tenant). Every demo user's password is {@link #PASSWORD}.
 */
public record DemoUser(String username, String firstName, String lastName, String role, Optional<LgCode> organization) {

    /** The password of every demo user; local mode only. */
    public static final String PASSWORD = "demo";

    /** An e-mail address in a reserved domain ({@code .invalid}), so nothing is ever sent. */
    public String email() {
        String domain = organization.map(code -> code.value() + ".lg.invalid").orElse("lg.invalid");
        return username.toLowerCase(Locale.ROOT) + "@" + domain;
    }
}
