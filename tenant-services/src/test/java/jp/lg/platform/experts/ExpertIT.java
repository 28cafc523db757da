package jp.lg.platform.experts;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.experts.ExpertChanged;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registering experts and keeping their availability, with real Keycloak tokens. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExpertIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void theCoordinatorRegistersAnExpertWhoKeepsTheirOwnAvailability() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String designer = Tokens.forUser("expert.design-ux");

        Response registered = call(APP, "/api/v1/experts", coordinator).post(jsonFixture("experts/experts/design-ux.json"));
        JsonNode expert = read(registered, 201);
        String id = expert.get("id").asText();
        assertThat(registered.getLocation().getPath()).isEqualTo("/api/v1/experts/" + id);
        assertThat(expert.get("specialties")).extracting(JsonNode::asText).containsExactly("design-ux", "pr-marketing");
        problem(call(APP, "/api/v1/experts", coordinator).post(jsonFixture("experts/experts/design-ux.json")),
                409, "already-exists");

        JsonNode availability = read(call(APP, "/api/v1/experts/" + id + "/availability", designer)
                .put(jsonFixture("experts/experts/availability.json")), 200);
        assertThat(availability.get("timeZone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(availability.at("/weekly/0/day").asText()).isEqualTo("TUESDAY");
        assertThat(availability.at("/weekly/0/start").asText()).startsWith("09:00");
        assertThat(availability.at("/absences/0/reason").asText()).isEqualTo("夏季休暇");
        assertThat(read(call(APP, "/api/v1/experts/" + id + "/availability", coordinator).get(), 200).at("/absences/0/to")
                .asText()).isEqualTo("2030-08-16");

        JsonNode renamed = read(call(APP, "/api/v1/experts/" + id, coordinator)
                .put(jsonFixture("experts/experts/design-ux-renamed.json")), 200);
        assertThat(renamed.get("weeklyVisitLimit").asInt()).isEqualTo(2);

        List<ExpertChanged> events = TopicRecords.valuesOf(ExpertTopics.EXPERTS, id, 3, Duration.ofSeconds(30));
        assertThat(events).extracting(ExpertChanged::getChange).containsExactly("registered", "availability", "updated");
        assertThat(events.get(2).getWeekly()).hasSize(2);
    }

    @Test
    void anotherExpertMayNotChangeSomeoneElsesAvailability() {
        String id = read(call(APP, "/api/v1/experts", Tokens.forUser("ehime.coordinator"))
                .post(jsonFixture("experts/experts/security.json")), 201).get("id").asText();

        problem(call(APP, "/api/v1/experts/" + id + "/availability", Tokens.forUser("expert.pr-marketing"))
                .put(jsonFixture("experts/experts/availability.json")), 403, "forbidden");
        assertThat(read(call(APP, "/api/v1/experts/" + id + "/availability", Tokens.forUser("expert.systems-security"))
                .get(), 200).get("weekly")).isEmpty();
    }

    @Test
    void badEntriesAreRefusedWithEveryFieldNamedAndNothingWritten() {
        String coordinator = Tokens.forUser("ehime.coordinator");

        JsonNode bad = problem(call(APP, "/api/v1/experts", coordinator).post(jsonFixture("experts/experts/bad-expert.json")),
                400, "validation-failed");
        assertThat(bad.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("collaborationCode", "specialties[0]", "homeOfficeCode");
        long stored = PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse("380008"));
            return h.createQuery("select count(*) from experts where username = 'expert.astrology'").mapTo(Long.class).one();
        });
        assertThat(stored).isZero();

        JsonNode reversed = problem(call(APP, "/api/v1/experts/" + java.util.UUID.randomUUID() + "/availability", coordinator)
                .put(jsonFixture("experts/experts/reversed-availability.json")), 400, "validation-failed");
        assertThat(reversed.get("errors")).hasSize(2);
    }

    @Test
    void municipalStaffAndOtherTenantsSeeNoExperts() {
        problem(call(APP, "/api/v1/experts", Tokens.forUser("saijo.staff")).get(), 403, "forbidden");
        problem(call(APP, "/api/v1/experts", Tokens.forUser("saijo.staff")).post(jsonFixture("experts/experts/design-ux.json")),
                403, "forbidden");
        JsonNode fukushima = read(call(APP, "/api/v1/experts", Tokens.forUser("fukushima.coordinator")).get(), 200);
        assertThat(fukushima.get("items")).isEmpty();
    }

    private static JsonNode read(Response response, int status) {
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(status);
        return Json.read(body);
    }
}
