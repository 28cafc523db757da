package jp.lg.platform.core.health;

import com.codahale.metrics.health.HealthCheck;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Healthy when the identity provider's JWKS endpoint serves at least one signing key. */
public final class JwksHealthCheck extends HealthCheck {

    private final URI jwksUri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public JwksHealthCheck(URI jwksUri) {
        this.jwksUri = jwksUri;
    }

    @Override
    protected Result check() throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(jwksUri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            return Result.unhealthy("%s answered HTTP %d", jwksUri, response.statusCode());
        }
        int keys = JWKSet.parse(response.body()).getKeys().size();
        return keys == 0 ? Result.unhealthy("%s serves no keys", jwksUri) : Result.healthy("%d key(s)", keys);
    }
}
