package jp.lg.platform.events;

import static jp.lg.platform.support.DeliveryLedger.awaitAtLeast;
import static jp.lg.platform.support.PlatformApp.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.ops.local.LocalKafka;
import jp.lg.platform.support.DeliveryLedger;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault 1 of the event backbone: Kafka is down while 1,000 commands are accepted; when it comes
 * back every event reaches the consumer, whose effect is applied exactly once and in order per key.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class OutboxOutageIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension(
            ConfigOverride.config("outbox.stalledAfter", "3s"));

    private static final int COMMANDS = 1_000;

    @Test
    void commandsAcceptedWhileKafkaIsDownAreDeliveredExactlyOnceInOrderWhenItReturns() throws Exception {
        LocalKafka kafka = PlatformStack.get().kafka();
        String admin = Tokens.forUser("platform.admin");
        List<ObjectNode> tenants = DeliveryLedger.tenantsFrom("outage/fukuoka-tenants.json");
        DeliveryLedger ledger = new DeliveryLedger(tenants.stream().map(t -> t.get("code").asText()).toList());
        int events = COMMANDS + tenants.size();

        kafka.suspend();
        try {
            for (ObjectNode tenant : tenants) {
                assertAccepted(call(APP, "/api/v1/tenants", admin).post(Entity.json(tenant.toString())), 201);
            }
            for (int i = 1; i <= COMMANDS; i++) {
                ObjectNode tenant = tenants.get(i % tenants.size());
                tenant.put("population", 1_000_000 + i);
                assertAccepted(call(APP, "/api/v1/tenants/" + tenant.get("code").asText(), admin)
                        .put(Entity.json(tenant.toString())), 200);
            }
            assertThat(ledger.unsent()).as("nothing reaches Kafka while it is down").isEqualTo(events);
            assertThat(outboxHealthyAfter(Duration.ofMillis(3_500))).as("outbox health while Kafka is down").isFalse();
        } finally {
            kafka.resume();
        }

        assertThat(awaitAtLeast(ledger::consumed, events, Duration.ofSeconds(120))).isEqualTo(events);
        assertThat(ledger.unsent()).isZero();
        for (ObjectNode tenant : tenants) {
            String code = tenant.get("code").asText();
            assertThat(ledger.consumedInOrder(code)).as("each event of %s applied once, in order", code)
                    .containsExactlyElementsOf(ledger.publishedInOrder(code));
        }
    }

    private static void assertAccepted(Response response, int status) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
    }

    private static boolean outboxHealthyAfter(Duration wait) throws InterruptedException {
        Thread.sleep(wait.toMillis());
        return APP.getEnvironment().healthChecks().runHealthCheck("outbox").isHealthy();
    }
}
