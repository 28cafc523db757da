package jp.lg.platform.core.auth;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.UnauthorizedHandler;
import io.dropwizard.auth.oauth.OAuthCredentialAuthFilter;
import io.dropwizard.core.setup.Environment;
import java.util.function.Consumer;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Registers bearer-token authentication with Jersey: resources marked {@code @PermitAll} or
 * {@code @RolesAllowed} need a valid Keycloak token, and receive the caller as {@code @Auth LgPrincipal}.
 */
public final class BearerAuth {

    /** The realm named in {@code WWW-Authenticate} challenges. */
    public static final String REALM = "lg-platform";

    private BearerAuth() {}

    public static void register(Environment environment, TokenVerifier verifier) {
        register(environment, verifier, principal -> {});
    }

    /**
     * {@code onAuthenticated} sees every authenticated caller (e.g. to keep a directory of people);
     * it may refuse one by throwing a {@code ProblemException}, which becomes the response.
     */
    public static void register(Environment environment, TokenVerifier verifier, Consumer<LgPrincipal> onAuthenticated) {
        environment.jersey().register(new AuthDynamicFeature(
                new OAuthCredentialAuthFilter.Builder<LgPrincipal>()
                        .setAuthenticator(new JwtAuthenticator(verifier, onAuthenticated))
                        .setAuthorizer(new RoleAuthorizer())
                        .setPrefix("Bearer")
                        .setRealm(REALM)
                        .setUnauthorizedHandler(new MissingTokenHandler())
                        .buildAuthFilter()));
        environment.jersey().register(RolesAllowedDynamicFeature.class);
        environment.jersey().register(new AuthValueFactoryProvider.Binder<>(LgPrincipal.class));
    }

    private static final class MissingTokenHandler implements UnauthorizedHandler {
        @Override
        public RuntimeException buildException(String prefix, String realm) {
            return new ProblemException(ProblemType.UNAUTHORIZED,
                    "This endpoint needs an access token. Get one from Keycloak (realm lg) and send it as "
                            + "'Authorization: Bearer <token>'.");
        }
    }
}
