package jp.lg.platform.core.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;
import java.util.function.Consumer;

/** Dropwizard authenticator for bearer tokens: verifies the token, then derives the principal. */
public final class JwtAuthenticator implements Authenticator<String, LgPrincipal> {

    private final TokenVerifier verifier;
    private final Consumer<LgPrincipal> onAuthenticated;
    private final ClaimsPrincipalMapper mapper = new ClaimsPrincipalMapper();

    /** {@code onAuthenticated} sees every caller once their token is verified; it may refuse one with a {@code ProblemException}. */
    public JwtAuthenticator(TokenVerifier verifier, Consumer<LgPrincipal> onAuthenticated) {
        this.verifier = verifier;
        this.onAuthenticated = onAuthenticated;
    }

    @Override
    public Optional<LgPrincipal> authenticate(String token) {
        LgPrincipal principal = mapper.toPrincipal(verifier.verify(token));
        onAuthenticated.accept(principal);
        return Optional.of(principal);
    }
}
