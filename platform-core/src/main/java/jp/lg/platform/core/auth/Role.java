package jp.lg.platform.core.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/** The realm roles of the platform, as Keycloak names them. */
public enum Role {
    COORDINATOR(Names.COORDINATOR),
    STAFF(Names.STAFF),
    EXPERT(Names.EXPERT),
    ANALYST(Names.ANALYST),
    PLATFORM_ADMIN(Names.PLATFORM_ADMIN);

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String COORDINATOR = "coordinator";
        public static final String STAFF = "staff";
        public static final String EXPERT = "expert";
        public static final String ANALYST = "analyst";
        public static final String PLATFORM_ADMIN = "platform-admin";

        private Names() {}
    }

    private final String keycloakName;

    Role(String keycloakName) {
        this.keycloakName = keycloakName;
    }

    @JsonValue
    public String keycloakName() {
        return keycloakName;
    }

    /** The role with this Keycloak name; empty for Keycloak's own roles such as {@code offline_access}. */
    public static Optional<Role> fromKeycloakName(String name) {
        for (Role role : values()) {
            if (role.keycloakName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
