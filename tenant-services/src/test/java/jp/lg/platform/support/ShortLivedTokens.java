package jp.lg.platform.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.lg.platform.ops.local.LocalKeycloak;

/**
 * Real Keycloak tokens that expire one second after they are issued, from a test-only client
 * that this class adds to the realm through Keycloak's admin API.
 */
public final class ShortLivedTokens {

    private static final String CLIENT = "it-short-lived";
    private static boolean clientCreated;

    private ShortLivedTokens() {}

    public static synchronized String forUser(String username) {
        LocalKeycloak keycloak = PlatformStack.get().keycloak();
        if (!clientCreated) {
            createClient(keycloak);
            clientCreated = true;
        }
        return Tokens.passwordGrant(keycloak.tokenEndpoint(), CLIENT, username, "demo");
    }

    private static void createClient(LocalKeycloak keycloak) {
        String adminToken = Tokens.post(keycloak.baseUrl() + "/realms/master/protocol/openid-connect/token",
                Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", LocalKeycloak.ADMIN_USER, "password", LocalKeycloak.ADMIN_PASSWORD))
                .get("access_token").asText();
        String client = """
                {"clientId": "%s", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false, "attributes": {"access.token.lifespan": "1"},
                 "defaultClientScopes": ["basic", "profile", "roles", "organization", "lg-api"]}
                """.formatted(CLIENT);
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/lg/clients"))
                            .header("Authorization", "Bearer " + adminToken)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(client)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("cannot create client " + CLIENT + ": " + response.statusCode()
                        + " " + response.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
