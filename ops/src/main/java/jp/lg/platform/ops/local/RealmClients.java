package jp.lg.platform.ops.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The clients and client scopes of realm {@code lg}. A realm file that lists client scopes replaces
 * Keycloak's built-in ones, so the built-in OpenID Connect scopes (exported from Keycloak 26.7.3,
 * kept as a resource) are listed beside {@code lg-api}.
 */
final class RealmClients {

    static final String CLI_CLIENT = "lg-cli";
    static final String WEB_CLIENT = "lg-web";
    static final String API_AUDIENCE = "lg-api";
    static final String ORGANIZATION_SCOPE = "organization";
    static final List<String> DEFAULT_SCOPES =
            List.of("basic", "profile", "email", "roles", "web-origins", "acr", API_AUDIENCE, ORGANIZATION_SCOPE);
    static final List<String> OPTIONAL_SCOPES = List.of("offline_access", "address", "phone", "microprofile-jwt");

    private static final String BUILT_IN_SCOPES = "keycloak-default-client-scopes.json";

    private final ObjectMapper json;

    RealmClients(ObjectMapper json) {
        this.json = json;
    }

    /** Keycloak's built-in OpenID Connect scopes followed by {@code lg-api}. */
    ArrayNode clientScopes() {
        ArrayNode scopes = builtInScopes();
        ObjectNode api = scopes.addObject().put("name", API_AUDIENCE).put("protocol", "openid-connect")
                .put("description", "Adds audience lg-api to access tokens");
        api.putObject("attributes").put("include.in.token.scope", "false").put("display.on.consent.screen", "false");
        ObjectNode mapper = api.putArray("protocolMappers").addObject()
                .put("name", "lg-api audience").put("protocol", "openid-connect")
                .put("protocolMapper", "oidc-audience-mapper").put("consentRequired", false);
        mapper.putObject("config")
                .put("included.custom.audience", API_AUDIENCE)
                .put("access.token.claim", "true")
                .put("introspection.token.claim", "true")
                .put("id.token.claim", "false");
        return scopes;
    }

    /** The public client for scripts and tests: password grant only. */
    ObjectNode cliClient() {
        return publicClient(CLI_CLIENT, "lg-platform CLI and tests")
                .put("standardFlowEnabled", false)
                .put("directAccessGrantsEnabled", true);
    }

    /** The public client of the web UI: authorization code with PKCE S256, on the app's port. */
    ObjectNode webClient(int appPort) {
        ObjectNode client = publicClient(WEB_CLIENT, "lg-platform web UI")
                .put("standardFlowEnabled", true)
                .put("directAccessGrantsEnabled", false);
        List<String> origins = List.of("http://127.0.0.1:" + appPort, "http://localhost:" + appPort);
        ArrayNode redirects = client.putArray("redirectUris");
        ArrayNode webOrigins = client.putArray("webOrigins");
        origins.forEach(origin -> {
            redirects.add(origin + "/*");
            webOrigins.add(origin);
        });
        client.putObject("attributes")
                .put("pkce.code.challenge.method", "S256")
                .put("post.logout.redirect.uris", String.join("##", origins.stream().map(o -> o + "/*").toList()));
        return client;
    }

    private ObjectNode publicClient(String clientId, String name) {
        ObjectNode client = json.createObjectNode()
                .put("clientId", clientId)
                .put("name", name)
                .put("enabled", true)
                .put("protocol", "openid-connect")
                .put("publicClient", true)
                .put("implicitFlowEnabled", false)
                .put("serviceAccountsEnabled", false)
                .put("fullScopeAllowed", true);
        DEFAULT_SCOPES.forEach(client.putArray("defaultClientScopes")::add);
        OPTIONAL_SCOPES.forEach(client.putArray("optionalClientScopes")::add);
        return client;
    }

    private ArrayNode builtInScopes() {
        try (InputStream in = RealmClients.class.getResourceAsStream(BUILT_IN_SCOPES)) {
            if (in == null) {
                throw new IllegalStateException("resource " + BUILT_IN_SCOPES + " is missing from the ops jar");
            }
            return (ArrayNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN_SCOPES, e);
        }
    }
}
