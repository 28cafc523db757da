package jp.lg.platform.api;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ApiContractIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void publishesAnOpenApi31DocumentForEveryEndpoint() {
        Response response = call(APP, "/api/v1/openapi.json", null).get();
        JsonNode api = Json.read(response.readEntity(String.class));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(api.get("openapi").asText()).startsWith("3.1");
        assertThat(api.get("paths").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "/api/v1/surveys", "/api/v1/surveys/{id}", "/api/v1/surveys/{id}/close",
                "/api/v1/surveys/{id}/template.xlsx", "/api/v1/surveys/{id}/responses",
                "/api/v1/surveys/{id}/responses/mine", "/api/v1/surveys/{id}/results",
                "/api/v1/me", "/api/v1/people", "/api/v1/tenants", "/api/v1/tenants/{code}", "/api/v1/tenants/{code}/history",
                "/api/v1/admin/dead-letters", "/api/v1/admin/dead-letters/replay",
                "/api/v1/collaborations", "/api/v1/collaborations/{code}", "/api/v1/collaborations/{code}/members",
                "/api/v1/experts", "/api/v1/experts/{id}", "/api/v1/experts/{id}/availability",
                "/api/v1/expert-requests", "/api/v1/expert-requests/{id}", "/api/v1/expert-requests/{id}/triage",
                "/api/v1/expert-requests/{id}/decline", "/api/v1/expert-requests/{id}/cancel",
                "/api/v1/expert-requests/{id}/release", "/api/v1/expert-requests/{id}/report",
                "/api/v1/expert-dispatch/summary", "/api/v1/schedules", "/api/v1/schedules/{id}",
                "/api/v1/schedules/{id}/confirm", "/api/v1/schedules/{id}/assignments/{assignmentId}",
                "/api/v1/experts/{id}/calendar-url", "/api/v1/experts/{id}/calendar.ics",
                "/api/v1/notifications", "/api/v1/notifications/{id}/read", "/api/v1/notifications/stream",
                "/api/v1/webhooks", "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries",
                "/api/v1/messages/{id}/deliveries",
                "/api/v1/notifications/preferences",
                "/api/v1/metrics", "/api/v1/metrics/{id}/values", "/api/v1/metrics/{id}/peers",
                "/api/v1/metrics/open-comparison",
                "/api/v1/datasets", "/api/v1/datasets/{id}", "/api/v1/datasets/{id}/versions", "/api/v1/datasets/{id}/rows",
                "/api/v1/channels", "/api/v1/channels/{id}", "/api/v1/channels/{id}/membership",
                "/api/v1/channels/{id}/read", "/api/v1/channels/{id}/messages", "/api/v1/messages/{id}",
                "/api/v1/messages/{id}/reactions", "/api/v1/messages/{id}/acknowledgements",
                "/api/v1/messages/{id}/answers", "/api/v1/messages/{id}/rsvps", "/api/v1/messages/{id}/rsvps/mine.ics",
                "/api/v1/attachments", "/api/v1/attachments/{id}",
                "/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/procedures/{code}/versions",
                "/api/v1/procedures/{code}/adoptions", "/api/v1/procedures/{code}/adoptions/{town}/upgrade",
                "/api/v1/procedures/{code}/drift", "/api/v1/applications", "/api/v1/applications/{id}",
                "/api/v1/applications/{id}/transitions", "/public/v1/{town}/procedures/{code}/applications",
                "/public/v1/applications/{reference}", "/api/v1/applications/{id}/attachments",
                "/api/v1/applications/{id}/attachments/{fileId}", "/public/v1/applications/{reference}/attachments");
        assertThat(api.at("/paths/~1public~1v1~1{town}~1procedures~1{code}~1applications/post/security").isMissingNode())
                .as("residents apply without a token").isTrue();
        assertThat(api.at("/paths/~1public~1v1~1applications~1{reference}/get/security").isMissingNode()).isTrue();
        assertThat(api.at("/paths/~1public~1v1~1applications~1{reference}/put/responses").fieldNames()).toIterable()
                .contains("200", "400", "404", "409", "413", "429").doesNotContain("401", "403");
        assertThat(api.at("/paths/~1public~1v1~1applications~1{reference}~1attachments/post/security").isMissingNode())
                .as("the applicant sends files with the secret, not a token").isTrue();
        assertThat(api.at("/paths/~1api~1v1~1applications~1{id}~1attachments/post/responses").fieldNames()).toIterable()
                .contains("201", "400", "401", "403", "409", "413");
        assertThat(api.at("/paths/~1public~1v1~1{town}~1procedures~1{code}~1applications/post/responses").fieldNames())
                .toIterable().contains("201", "400", "404", "413", "429").doesNotContain("401", "403");
        assertThat(api.at("/paths/~1api~1v1~1applications/post/security").toString()).isEqualTo("[{\"bearer\":[]}]");
        assertThat(api.at("/paths/~1api~1v1~1experts~1{id}~1calendar.ics/get/security").isMissingNode())
                .as("the feed is opened by its secret, not a token").isTrue();
        assertThat(api.has("security")).isFalse();
        assertThat(api.at("/paths/~1api~1v1~1experts~1{id}~1calendar-url/post/security").toString())
                .isEqualTo("[{\"bearer\":[]}]");
        JsonNode submit = api.at("/paths/~1api~1v1~1expert-requests/post");
        assertThat(submit.get("responses").fieldNames()).toIterable().contains("201", "400", "401", "403", "409", "413", "415");
        assertThat(submit.at("/responses/409/description").asText()).contains("quota-exceeded");
        assertThat(submit.at("/responses/409/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(api.at("/paths/~1api~1v1~1expert-requests~1{id}~1triage/post/responses/409/description").asText())
                .contains("invalid-transition");
        JsonNode register = api.at("/paths/~1api~1v1~1tenants/post");
        assertThat(register.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/TenantInput");
        assertThat(register.get("responses").fieldNames()).toIterable().contains("400", "401", "403", "409", "413", "415");
        assertThat(register.at("/responses/401/content/application~1problem+json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(submit.get("parameters").findValuesAsText("name")).as("every command takes an Idempotency-Key")
                .contains("Idempotency-Key");
        assertThat(submit.at("/responses/422/description").asText()).contains("idempotency-key-reused");
        assertThat(api.at("/paths/~1api~1v1~1collaborations~1{code}~1members/get/responses").fieldNames())
                .toIterable().as("the members come from a Streams store that may still be loading").contains("503");
        assertThat(api.at("/components/schemas/TenantInput/required").toString()).contains("code", "nameJa");
        assertThat(api.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void anUnknownRouteIsAProblemNotHtml() {
        problem(call(APP, "/api/v1/nothing-here", Tokens.forUser("saijo.staff")).get(), 404, "not-found");
        problem(call(APP, "/", null).get(), 404, "not-found");
    }

    @Test
    void aRequestJettyCannotEvenParseIsAProblemNotHtml() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.getOutputStream().write("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                    .contains("\"type\":\"urn:lg-platform:problem:bad-request\"").doesNotContain("<html");
        }
    }

    @Test
    void aWrongMethodIsAProblem() {
        Response response = call(APP, "/api/v1/me", Tokens.forUser("saijo.staff")).delete();

        problem(response, 405, "method-not-allowed");
        assertThat(response.getHeaderString("Allow")).contains("GET");
    }

    @Test
    void aWrongContentTypeIsAProblem() {
        problem(call(APP, "/api/v1/tenants", Tokens.forUser("platform.admin")).post(Entity.text("code=390003")),
                415, "unsupported-media-type");
    }

    @Test
    void anOversizedBodyIsAProblem() {
        String huge = "{\"nameJa\": \"" + "あ".repeat(40_000) + "\"}";

        Response response = call(APP, "/api/v1/tenants", Tokens.forUser("platform.admin")).post(Entity.json(huge));

        problem(response, 413, "payload-too-large");
        assertThat(response.getHeaderString("Connection")).isEqualToIgnoringCase("close");
    }

    @Test
    void reportsPostgresKafkaAndKeycloakHealthOnTheAdminPort() {
        Response response = APP.client().target("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck")
                .request().get();
        JsonNode health = Json.read(response.readEntity(String.class));

        assertThat(response.getStatus()).as(health.toString()).isEqualTo(200);
        assertThat(health.at("/postgresql/healthy").asBoolean()).isTrue();
        assertThat(health.at("/kafka/healthy").asBoolean()).isTrue();
        assertThat(health.at("/jwks/healthy").asBoolean()).isTrue();
    }
}
