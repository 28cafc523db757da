package jp.lg.platform.experts;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.Set;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The dispatch summary through the API, on real PostgreSQL and Keycloak tokens; Tobe (砥部町) asks, fiscal year 2030. */
@ExtendWith(DropwizardExtensionsSupport.class)
class DispatchSummaryIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String SUMMARY = "/api/v1/expert-dispatch/summary?fiscalYear=2030";
    private static final String TOBE = "384020";

    @BeforeAll
    static void tobeAsksForThreeVisitsAndOneIsDeclined() {
        String tobe = Tokens.forUser("tobe.staff");
        String declined = created(call(APP, "/api/v1/expert-requests", tobe)
                .post(jsonFixture("experts/requests/informatization-visit.json"))).get("id").asText();
        created(call(APP, "/api/v1/expert-requests", tobe).post(jsonFixture("experts/requests/informatization-visit.json")));
        created(call(APP, "/api/v1/expert-requests", tobe).post(jsonFixture("experts/requests/team-ehime-visit.json")));
        Response decline = call(APP, "/api/v1/expert-requests/" + declined + "/decline", Tokens.forUser("ehime.coordinator"))
                .post(jsonFixture("experts/requests/decline.json"));
        assertThat(decline.getStatus()).as(decline.readEntity(String.class)).isEqualTo(200);
    }

    @Test
    void theCoordinatorSeesEveryMemberTownWithWhatIsLeftUnderTheCaps() {
        JsonNode summary = ok(call(APP, SUMMARY, Tokens.forUser("ehime.coordinator")).get());

        assertThat(summary.get("fiscalYearName").asText()).isEqualTo("令和12年度");
        assertThat(summary.get("from").asText()).isEqualTo("2030-04-01");
        assertThat(summary.get("to").asText()).isEqualTo("2031-03-31");
        Set<String> towns = new HashSet<>();
        summary.get("lines").forEach(line -> towns.add(line.get("municipalityCode").asText()));
        assertThat(towns).hasSize(20).contains(TOBE, "385069");
        JsonNode informatization = line(summary, TOBE, "mic-informatization");
        assertThat(informatization.get("municipalityName").asText()).isEqualTo("砥部町");
        assertThat(informatization.get("requested").asInt()).isEqualTo(1);
        assertThat(informatization.get("declined").asInt()).isEqualTo(1);
        assertThat(informatization.get("limit").asInt()).isEqualTo(3);
        assertThat(informatization.get("remaining").asInt()).isEqualTo(2);
        assertThat(line(summary, TOBE, "national-advisors").get("remaining").asInt()).isEqualTo(7);
        assertThat(line(summary, TOBE, "team-ehime").get("requested").asInt()).isEqualTo(1);
        assertThat(line(summary, TOBE, "team-ehime").get("limit").isNull()).isTrue();
    }

    @Test
    void givesCsvWithAByteOrderMarkForExcel() {
        Response response = APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + SUMMARY).request("text/csv")
                .header("Authorization", "Bearer " + Tokens.forUser("ehime.coordinator")).get();
        String csv = response.readEntity(String.class);

        assertThat(response.getStatus()).as(csv).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("text/csv");
        assertThat(response.getHeaderString("Content-Disposition")).contains("expert-dispatch-summary-2030.csv");
        assertThat(csv).startsWith("\uFEFF年度,団体コード,団体名");
        assertThat(csv).contains("令和12年度,384020,砥部町,制度,mic-informatization,地域情報化アドバイザー制度,1,0,0,1,3,2");

        String viaParameter = call(APP, SUMMARY + "&format=csv", Tokens.forUser("ehime.coordinator")).get(String.class);
        assertThat(viaParameter).isEqualTo(csv);
    }

    @Test
    void staffSeeOnlyTheirOwnTown() {
        JsonNode tobe = ok(call(APP, SUMMARY, Tokens.forUser("tobe.staff")).get());
        JsonNode kumakogen = ok(call(APP, SUMMARY, Tokens.forUser("kumakogen.staff")).get());

        tobe.get("lines").forEach(line -> assertThat(line.get("municipalityCode").asText()).isEqualTo(TOBE));
        kumakogen.get("lines").forEach(line -> {
            assertThat(line.get("municipalityCode").asText()).isEqualTo("383864");
            assertThat(line.get("requested").asInt()).isZero();
        });
        assertThat(line(tobe, TOBE, "mic-informatization").get("requested").asInt()).isEqualTo(1);
    }

    @Test
    void refusesOtherRolesAndBadParametersWithProblems() {
        problem(call(APP, SUMMARY, Tokens.forUser("expert.design-ux")).get(), 403, "forbidden");
        problem(call(APP, SUMMARY, null).get(), 401, "unauthorized");
        problem(call(APP, "/api/v1/expert-dispatch/summary?fiscalYear=1999", Tokens.forUser("ehime.coordinator")).get(),
                400, "validation-failed");
        problem(call(APP, "/api/v1/expert-dispatch/summary?fiscalYear=next", Tokens.forUser("ehime.coordinator")).get(),
                400, "validation-failed");
        problem(call(APP, SUMMARY + "&format=xml", Tokens.forUser("ehime.coordinator")).get(), 400, "validation-failed");
        problem(call(APP, SUMMARY + "&collaboration=aizu-nowhere", Tokens.forUser("ehime.coordinator")).get(),
                404, "not-found");
    }

    private static JsonNode line(JsonNode summary, String town, String code) {
        for (JsonNode line : summary.get("lines")) {
            if (line.get("municipalityCode").asText().equals(town) && line.get("code").asText().equals(code)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + town + " " + code + " in " + summary);
    }
}
