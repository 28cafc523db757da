package jp.lg.platform.ops.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The identity provider of the chat benchmarks, which need thousands of signed-in people: an RS256
 * key of its own, published as a JWKS under a Keycloak-shaped issuer URL, and access tokens with the
 * claims Keycloak puts in them (organization, realm roles, audience). The application is started
 * with this issuer and verifies these tokens with exactly the code and checks it uses for Keycloak's.
 */
final class BenchIssuer implements AutoCloseable {

    private static final String AUDIENCE = "lg-api";

    private final RSAKey key;
    private final HttpServer server;
    private final RSASSASigner signer;

    BenchIssuer() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("bench").generate();
        signer = new RSASSASigner(key);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realms/bench/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/bench";
    }

    /** An access token valid for two hours for a member of {@code lgCode} with one realm role. */
    String token(String userId, String username, String lgCode, String role) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(userId)
                .audience(AUDIENCE)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(7_200)))
                .claim("preferred_username", username)
                .claim("name", username)
                .claim("email", username + "@" + lgCode + ".lg.invalid")
                .claim("organization", List.of(lgCode))
                .claim("realm_access", Map.of("roles", List.of(role)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a bench token", e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
