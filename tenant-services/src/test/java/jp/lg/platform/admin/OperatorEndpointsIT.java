package jp.lg.platform.admin;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The event machinery as users reach it through the running application. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OperatorEndpointsIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void onlyPlatformAdministratorsSeeDeadLetters() {
        String path = "/api/v1/admin/dead-letters?topic=lg.directory.tenants";

        problem(call(APP, path, Tokens.forUser("saijo.staff")).get(), 403, "forbidden");
        problem(call(APP, path, Tokens.forUser("ehime.coordinator")).get(), 403, "forbidden");
        Response response = call(APP, path, Tokens.forUser("platform.admin")).get();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Json.read(response.readEntity(String.class)).isArray()).isTrue();
    }

    @Test
    void replayingNeedsAKnownTopic() {
        problem(call(APP, "/api/v1/admin/dead-letters/replay", Tokens.forUser("platform.admin"))
                .post(Entity.json("{\"topic\": \"lg.nowhere\"}")), 404, "not-found");
        problem(call(APP, "/api/v1/admin/dead-letters/replay", Tokens.forUser("saijo.staff"))
                .post(Entity.json("{\"topic\": \"lg.directory.tenants\"}")), 403, "forbidden");
    }

    @Test
    void aTenantsHistoryShowsItsRegistrationFromTheEventStream() throws InterruptedException {
        String token = Tokens.forUser("saijo.staff");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode page = Json.read(call(APP, "/api/v1/tenants/382060/history", token).get(String.class));
        while (page.get("items").isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            page = Json.read(call(APP, "/api/v1/tenants/382060/history", token).get(String.class));
        }

        JsonNode oldest = page.get("items").get(page.get("items").size() - 1);
        assertThat(oldest.get("kind").asText()).isEqualTo("registered");
        assertThat(oldest.get("actor").asText()).isEqualTo("system");
        problem(call(APP, "/api/v1/tenants/38206x/history", token).get(), 404, "not-found");
    }
}
