package jp.lg.platform.me;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.ShortLivedTokens;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class MeIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void showsTheTenantAndRoleOfMunicipalStaff() {
        JsonNode me = me(Tokens.forUser("saijo.staff"));

        assertThat(me.get("username").asText()).isEqualTo("saijo.staff");
        assertThat(me.at("/tenant/code").asText()).isEqualTo("382060");
        assertThat(me.at("/tenant/nameJa").asText()).isEqualTo("西条市");
        assertThat(me.at("/tenant/nameEn").asText()).isEqualTo("Saijo");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("staff");
    }

    @Test
    void showsThePrefectureOfTheCoordinator() {
        JsonNode me = me(Tokens.forUser("ehime.coordinator"));

        assertThat(me.at("/tenant/code").asText()).isEqualTo("380008");
        assertThat(me.at("/tenant/nameJa").asText()).isEqualTo("愛媛県");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("coordinator");
    }

    @Test
    void showsAPlatformAdministratorWithoutTenant() {
        JsonNode me = me(Tokens.forUser("platform.admin"));

        assertThat(me.get("tenant").isNull() || me.get("tenant").isMissingNode()).isTrue();
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("platform-admin");
    }

    @Test
    void refusesARequestWithoutTokenWithAChallenge() {
        Response response = call(APP, "/api/v1/me", null).get();

        assertThat(response.getHeaderString("WWW-Authenticate")).isEqualTo("Bearer realm=\"lg-platform\"");
        assertThat(problem(response, 401, "unauthorized").get("detail").asText()).contains("Authorization: Bearer");
    }

    @Test
    void refusesATokenWithOneChangedByte() {
        Response response = call(APP, "/api/v1/me", Tokens.tampered(Tokens.forUser("saijo.staff"))).get();

        assertThat(response.getHeaderString("WWW-Authenticate")).contains("error=\"invalid_token\"");
        problem(response, 401, "unauthorized");
    }

    @Test
    void refusesAnUnsignedToken() {
        Response response = call(APP, "/api/v1/me", Tokens.unsigned(Tokens.forUser("saijo.staff"))).get();

        assertThat(response.getHeaderString("WWW-Authenticate")).contains("error=\"invalid_token\"");
        problem(response, 401, "unauthorized");
    }

    @Test
    void refusesAnExpiredToken() throws InterruptedException {
        String token = ShortLivedTokens.forUser("saijo.staff");
        Thread.sleep(3_000);

        Response response = call(APP, "/api/v1/me", token).get();

        assertThat(problem(response, 401, "unauthorized").get("detail").asText()).contains("Expired");
    }

    @Test
    void refusesSomethingThatIsNotAToken() {
        problem(call(APP, "/api/v1/me", "hello").get(), 401, "unauthorized");
    }

    private static JsonNode me(String token) {
        Response response = call(APP, "/api/v1/me", token).get();
        String body = response.readEntity(String.class);
        assertThat(response.getStatus()).as(body).isEqualTo(200);
        return Json.read(body);
    }
}
