package jp.lg.platform.core.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;

/**
 * Where access tokens come from and what they must say: the Keycloak realm's issuer URL, the
 * audience the platform requires, the allowed clock skew, and optionally the JWKS URL (defaults
 * to Keycloak's {@code <issuer>/protocol/openid-connect/certs}).
 */
public class AuthConfig {

    @NotBlank
    @JsonProperty
    private String issuer;

    @JsonProperty
    private String jwksUri;

    @NotBlank
    @JsonProperty
    private String audience = "lg-api";

    @NotNull
    @JsonProperty
    private Duration clockSkew = Duration.seconds(30);

    @NotNull
    @JsonProperty
    private Duration jwksCacheTtl = Duration.minutes(15);

    public String issuer() {
        return issuer;
    }

    public URI jwksUri() {
        return URI.create(jwksUri != null ? jwksUri : issuer + "/protocol/openid-connect/certs");
    }

    public String audience() {
        return audience;
    }

    public Duration clockSkew() {
        return clockSkew;
    }

    public Duration jwksCacheTtl() {
        return jwksCacheTtl;
    }

    public AuthConfig withIssuer(String issuer) {
        this.issuer = issuer;
        return this;
    }
}
