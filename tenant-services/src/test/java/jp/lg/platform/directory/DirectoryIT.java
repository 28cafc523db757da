package jp.lg.platform.directory;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class DirectoryIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void everySignedInUserReadsTheWholeDirectoryPageByPage() {
        String token = Tokens.forUser("bandai.staff");
        List<String> codes = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/api/v1/tenants?limit=10" + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = ok(call(APP, path, token).get());
            page.get("items").forEach(t -> codes.add(t.get("code").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);

        assertThat(codes).hasSizeGreaterThanOrEqualTo(35).isSorted().doesNotHaveDuplicates()
                .contains("380008", "382060", "074071");
    }

    @Test
    void showsOneTenantWithItsPlaceInTheHierarchy() {
        JsonNode saijo = ok(call(APP, "/api/v1/tenants/382060", Tokens.forUser("saijo.staff")).get());

        assertThat(saijo.get("nameJa").asText()).isEqualTo("西条市");
        assertThat(saijo.get("kind").asText()).isEqualTo("city");
        assertThat(saijo.get("parentCode").asText()).isEqualTo("380008");
        assertThat(saijo.get("population").asLong()).isEqualTo(104474);
        assertThat(saijo.get("populationAsOf").asText()).isEqualTo("2024-01-01");
    }

    @Test
    void answersNotFoundForAnUnknownOrMalformedCode() {
        String token = Tokens.forUser("saijo.staff");

        problem(call(APP, "/api/v1/tenants/390003x", token).get(), 404, "not-found");
        problem(call(APP, "/api/v1/tenants/130001", token).get(), 404, "not-found");
    }

    @Test
    void listsCollaborationsWithTheirMembers() {
        String token = Tokens.forUser("saijo.staff");
        JsonNode list = ok(call(APP, "/api/v1/collaborations", token).get());
        JsonNode ehime = ok(call(APP, "/api/v1/collaborations/team-ehime", token).get());

        assertThat(list.get("items")).extracting(c -> c.get("code").asText()).contains("team-ehime", "aizu");
        assertThat(ehime.get("leadCode").asText()).isEqualTo("380008");
        assertThat(ehime.get("memberCodes")).hasSize(20);
        problem(call(APP, "/api/v1/collaborations/nowhere", token).get(), 404, "not-found");
    }

    @Test
    void municipalStaffMayNotRegisterTenants() {
        Response response = call(APP, "/api/v1/tenants", Tokens.forUser("saijo.staff")).post(jsonFixture("tenants/kochi.json"));

        problem(response, 403, "forbidden");
        assertNotStored("390003");
    }

    @Test
    void aBadLgCodeIsRefusedWithTheFieldNamedAndNothingWritten() {
        String admin = Tokens.forUser("platform.admin");

        JsonNode problem = problem(call(APP, "/api/v1/tenants", admin).post(jsonFixture("tenants/bad-lg-code.json")),
                400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("code");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("check digit should be 3, got 4");
        assertNotStored("390004");
    }

    @Test
    void everyBadFieldIsListedAtOnce() {
        JsonNode problem = problem(call(APP, "/api/v1/tenants", Tokens.forUser("platform.admin"))
                .post(jsonFixture("tenants/many-bad-fields.json")), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .contains("code", "nameJa", "kind", "population", "office.lat");
    }

    @Test
    void aMunicipalityMustSitUnderItsOwnPrefecture() {
        JsonNode problem = problem(call(APP, "/api/v1/tenants", Tokens.forUser("platform.admin"))
                .post(jsonFixture("tenants/town-in-wrong-prefecture.json")), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("parentCode");
        assertNotStored("392014");
    }

    @Test
    void aPlatformAdministratorRegistersAndReplacesATenant() {
        String admin = Tokens.forUser("platform.admin");

        Response created = call(APP, "/api/v1/tenants", admin).post(jsonFixture("tenants/kochi.json"));
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getLocation().getPath()).isEqualTo("/api/v1/tenants/390003");

        problem(call(APP, "/api/v1/tenants", admin).post(jsonFixture("tenants/kochi.json")), 409, "already-exists");

        JsonNode replaced = ok(call(APP, "/api/v1/tenants/390003", admin).put(jsonFixture("tenants/kochi-updated.json")));
        assertThat(replaced.get("population").asLong()).isEqualTo(659000);
        assertThat(ok(call(APP, "/api/v1/tenants/390003", admin).get()).get("populationAsOf").asText())
                .isEqualTo("2024-10-01");
    }

    @Test
    void replacingNeedsTheSameCodeInAddressAndBody() {
        JsonNode problem = problem(call(APP, "/api/v1/tenants/382060", Tokens.forUser("platform.admin"))
                .put(jsonFixture("tenants/kochi.json")), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("code");
        assertThat(ok(call(APP, "/api/v1/tenants/382060", Tokens.forUser("saijo.staff")).get())
                .get("nameJa").asText()).isEqualTo("西条市");
    }

    @Test
    void malformedJsonIsAProblem() {
        problem(call(APP, "/api/v1/tenants", Tokens.forUser("platform.admin"))
                .post(Entity.json("{\"code\": ")), 400, "malformed-request");
    }

    private static void assertNotStored(String code) {
        problem(call(APP, "/api/v1/tenants/" + code, Tokens.forUser("saijo.staff")).get(), 404, "not-found");
    }
}
