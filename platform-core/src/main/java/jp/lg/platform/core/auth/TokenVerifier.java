package jp.lg.platform.core.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Set;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * Verifies Keycloak access tokens: RS256 signature against the realm's JWKS (cached; refetched
 * when a token names an unknown key id), issuer, audience, expiry with a small clock skew.
 * Unsigned ({@code alg: none}) and HMAC tokens are refused. Thread-safe.
 *
 * <p>A client sends the same token with every request for its lifetime (minutes), so verified
 * claims are kept by the exact token text and reused until the token expires; a token that differs
 * in any byte is verified afresh.
 */
public final class TokenVerifier {

    private static final int CACHED_TOKENS = 10_000;

    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Cache<String, JWTClaimsSet> verified;
    private final Clock clock;
    private final java.time.Duration skew;

    public TokenVerifier(AuthConfig config) {
        this(config, jwkSource(config));
    }

    public TokenVerifier(AuthConfig config, JWKSource<SecurityContext> keys) {
        this(config, keys, Clock.systemUTC());
    }

    TokenVerifier(AuthConfig config, JWKSource<SecurityContext> keys, Clock clock) {
        this.clock = clock;
        this.skew = java.time.Duration.ofSeconds(config.clockSkew().toSeconds());
        this.verified = Caffeine.newBuilder().maximumSize(CACHED_TOKENS)
                .expireAfterWrite(java.time.Duration.ofMinutes(10)).build();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                config.audience(),
                new JWTClaimsSet.Builder().issuer(config.issuer()).build(),
                Set.of("sub", "exp", "iat"));
        claims.setMaxClockSkew((int) config.clockSkew().toSeconds());
        processor.setJWTClaimsSetVerifier(claims);
    }

    /** The verified claims; throws {@link InvalidTokenException} saying why a token is refused. */
    public JWTClaimsSet verify(String token) {
        JWTClaimsSet cached = verified.getIfPresent(token);
        if (cached != null) {
            if (clock.instant().isBefore(cached.getExpirationTime().toInstant().plus(skew))) {
                return cached;
            }
            verified.invalidate(token);
            throw new InvalidTokenException("Expired JWT");
        }
        JWTClaimsSet claims = process(token);
        verified.put(token, claims);
        return claims;
    }

    private JWTClaimsSet process(String token) {
        try {
            return processor.process(token, null);
        } catch (ParseException e) {
            throw new InvalidTokenException("it is not a JWT (" + e.getMessage() + ")");
        } catch (BadJOSEException e) {
            throw new InvalidTokenException(e.getMessage());
        } catch (JOSEException e) {
            throw new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
                    "The signing keys of the identity provider cannot be fetched right now; try again shortly.");
        }
    }

    private static JWKSource<SecurityContext> jwkSource(AuthConfig config) {
        try {
            long ttl = config.jwksCacheTtl().toMilliseconds();
            return JWKSourceBuilder.<SecurityContext>create(config.jwksUri().toURL())
                    .cache(ttl, 15_000)
                    .rateLimited(10_000)
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("auth.jwksUri is not a URL: " + config.jwksUri(), e);
        }
    }
}
