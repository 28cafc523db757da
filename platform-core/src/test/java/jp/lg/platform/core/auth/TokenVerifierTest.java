package jp.lg.platform.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenVerifierTest {

    private static final String ISSUER = "http://127.0.0.1:8180/realms/lg";
    private static final RSAKey REALM_KEY = generate("realm-key");
    private static final RSAKey OTHER_KEY = generate("realm-key");

    private final TokenVerifier verifier = new TokenVerifier(
            new AuthConfig().withIssuer(ISSUER), new ImmutableJWKSet<>(new JWKSet(REALM_KEY.toPublicJWK())));

    @Test
    void acceptsAValidRealmToken() throws java.text.ParseException {
        JWTClaimsSet claims = verifier.verify(sign(REALM_KEY, claims(Instant.now().plusSeconds(300)).build()));

        assertThat(claims.getStringClaim("preferred_username")).isEqualTo("saijo.staff");
    }

    @Test
    void refusesATokenWithOneChangedByte() {
        String token = sign(REALM_KEY, claims(Instant.now().plusSeconds(300)).build());
        String[] parts = token.split("\\.");
        byte[] payload = new Base64URL(parts[1]).decode();
        payload[payload.length - 3] ^= 0x01;
        String tampered = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];

        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAnExpiredTokenBeyondTheClockSkew() {
        String token = sign(REALM_KEY, claims(Instant.now().minusSeconds(60)).build());

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("Expired");
    }

    @Test
    void acceptsATokenExpiredWithinTheClockSkew() {
        String token = sign(REALM_KEY, claims(Instant.now().minusSeconds(10)).build());

        assertThat(verifier.verify(token).getSubject()).isEqualTo("user-1");
    }

    @Test
    void refusesAnUnsignedToken() {
        String token = new PlainJWT(claims(Instant.now().plusSeconds(300)).build()).serialize();

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesATokenSignedWithAnotherKeyOfTheSameId() {
        String token = sign(OTHER_KEY, claims(Instant.now().plusSeconds(300)).build());

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("signature");
    }

    @Test
    void refusesAnHmacTokenEvenWithThePublicKeyAsSecret() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(Instant.now().plusSeconds(300)).build());
        jwt.sign(new MACSigner(REALM_KEY.toPublicJWK().toRSAPublicKey().getEncoded()));

        assertThatThrownBy(() -> verifier.verify(jwt.serialize())).isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void refusesAForeignIssuer() {
        String token = sign(REALM_KEY, claims(Instant.now().plusSeconds(300)).issuer("http://evil.example/realms/lg").build());

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("iss");
    }

    @Test
    void refusesATokenForAnotherAudience() {
        String token = sign(REALM_KEY, claims(Instant.now().plusSeconds(300)).audience("account").build());

        assertThatThrownBy(() -> verifier.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("aud");
    }

    @Test
    void refusesSomethingThatIsNotAJwt() {
        assertThatThrownBy(() -> verifier.verify("not-a-token"))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("not a JWT");
    }

    @Test
    void reusesTheClaimsOfATokenSeenBeforeButNotPastItsExpiry() {
        MutableClock clock = new MutableClock(Instant.now());
        TokenVerifier cached = new TokenVerifier(new AuthConfig().withIssuer(ISSUER),
                new ImmutableJWKSet<>(new JWKSet(REALM_KEY.toPublicJWK())), clock);
        String token = sign(REALM_KEY, claims(Instant.now().plusSeconds(300)).build());
        JWTClaimsSet first = cached.verify(token);

        clock.now = Instant.now().plusSeconds(300 + 29);
        assertThat(cached.verify(token)).isSameAs(first);

        clock.now = Instant.now().plusSeconds(300 + 31);
        assertThatThrownBy(() -> cached.verify(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("Expired");
    }

    @Test
    void verifiesAfreshATokenThatDiffersFromACachedOneInTheSignature() {
        String token = sign(REALM_KEY, claims(Instant.now().plusSeconds(300)).build());
        verifier.verify(token);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + sign(OTHER_KEY, claims(Instant.now()
                .plusSeconds(300)).build()).substring(token.lastIndexOf('.') + 1);

        assertThatThrownBy(() -> verifier.verify(forged)).isInstanceOf(InvalidTokenException.class);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static JWTClaimsSet.Builder claims(Instant expiry) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("user-1")
                .audience(List.of("lg-api", "account"))
                .issueTime(Date.from(expiry.minusSeconds(600)))
                .expirationTime(Date.from(expiry))
                .claim("preferred_username", "saijo.staff");
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
