package jp.lg.platform.events;

import static jp.lg.platform.support.DeliveryLedger.awaitAtLeast;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import jp.lg.platform.ops.local.LocalKafka;
import jp.lg.platform.support.AppProcess;
import jp.lg.platform.support.DeliveryLedger;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Fault 2 of the event backbone: the application is killed (SIGKILL) while its relay is
 * publishing a backlog; after a restart no event is lost and none is applied twice.
 */
class RelayCrashIT {

    private static final int COMMANDS = 600;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void killingTheApplicationMidRelayLosesNothingAndAppliesNothingTwice() throws Exception {
        LocalKafka kafka = PlatformStack.get().kafka();
        List<ObjectNode> tenants = DeliveryLedger.tenantsFrom("crash/saga-tenants.json");
        DeliveryLedger ledger = new DeliveryLedger(tenants.stream().map(t -> t.get("code").asText()).toList());
        int events = COMMANDS + tenants.size();

        AppProcess first = AppProcess.start(Map.of("outbox.batchSize", "1"));
        kafka.suspend();
        try {
            issueCommands(first, tenants);
        } finally {
            kafka.resume();
        }
        awaitAtLeast(ledger::sent, 20, Duration.ofSeconds(60));
        first.kill();
        assertThat(ledger.sent()).as("killed in the middle of relaying").isBetween(1L, events - 1L);

        try (AppProcess second = AppProcess.start(Map.of())) {
            assertThat(awaitAtLeast(ledger::consumed, events, Duration.ofSeconds(120))).isEqualTo(events);
            assertThat(ledger.sent()).isEqualTo(events);
            for (ObjectNode tenant : tenants) {
                String code = tenant.get("code").asText();
                assertThat(ledger.consumedInOrder(code)).as("each event of %s applied once, in order", code)
                        .containsExactlyElementsOf(ledger.publishedInOrder(code));
            }
        }
    }

    private static void issueCommands(AppProcess app, List<ObjectNode> tenants) throws IOException, InterruptedException {
        String admin = Tokens.forUser("platform.admin");
        for (ObjectNode tenant : tenants) {
            send(app, admin, "POST", "/api/v1/tenants", tenant, 201);
        }
        for (int i = 1; i <= COMMANDS; i++) {
            ObjectNode tenant = tenants.get(i % tenants.size());
            tenant.put("population", 2_000_000 + i);
            send(app, admin, "PUT", "/api/v1/tenants/" + tenant.get("code").asText(), tenant, 200);
        }
    }

    private static void send(AppProcess app, String token, String method, String path, ObjectNode body, int status)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    }
}
