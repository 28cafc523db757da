package jp.lg.platform.core.auth;

import io.dropwizard.auth.Authenticator;
import java.util.Optional;

/** Dropwizard authenticator for bearer tokens: verifies the token, then derives the principal. */
public final class JwtAuthenticator implements Authenticator<String, LgPrincipal> {

    private final TokenVerifier verifier;
    private final ClaimsPrincipalMapper mapper = new ClaimsPrincipalMapper();

    public JwtAuthenticator(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Optional<LgPrincipal> authenticate(String token) {
        return Optional.of(mapper.toPrincipal(verifier.verify(token)));
    }
}
