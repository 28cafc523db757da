package jp.lg.platform.directory;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.core.Response;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CollaborationIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void aPlatformAdministratorCreatesAndGrowsACollaboration() {
        String admin = Tokens.forUser("platform.admin");

        Response created = call(APP, "/api/v1/collaborations/nanyo-dx", admin).put(jsonFixture("collaborations/ehime-south.json"));
        assertThat(created.getStatus()).isEqualTo(201);
        Response grown = call(APP, "/api/v1/collaborations/nanyo-dx", admin).put(jsonFixture("collaborations/ehime-south-grown.json"));
        assertThat(grown.getStatus()).isEqualTo(200);

        JsonNode stored = Json.read(call(APP, "/api/v1/collaborations/nanyo-dx", Tokens.forUser("uwajima.staff"))
                .get(String.class));
        assertThat(stored.get("memberCodes")).extracting(JsonNode::asText).containsExactly("382035", "384844", "385069");
        assertThat(stored.get("nameJa").asText()).isEqualTo("南予地域DX連携");
    }

    @Test
    void municipalStaffMayNotChangeCollaborations() {
        problem(call(APP, "/api/v1/collaborations/saijo-club", Tokens.forUser("saijo.staff"))
                .put(jsonFixture("collaborations/ehime-south.json")), 403, "forbidden");

        assertNotStored("saijo-club");
    }

    @Test
    void anUnknownMemberIsRefusedAndNothingIsWritten() {
        JsonNode problem = problem(call(APP, "/api/v1/collaborations/imaginary", Tokens.forUser("platform.admin"))
                .put(jsonFixture("collaborations/unknown-member.json")), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("memberCodes");
        assertThat(problem.at("/errors/0/message").asText()).contains("131016");
        assertNotStored("imaginary");
    }

    @Test
    void theLeadIsNotAlsoAMember() {
        JsonNode problem = problem(call(APP, "/api/v1/collaborations/twice", Tokens.forUser("platform.admin"))
                .put(jsonFixture("collaborations/lead-as-member.json")), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("memberCodes");
        assertNotStored("twice");
    }

    @Test
    void aCollaborationCodeMustBeLowerCaseWordsWithHyphens() {
        JsonNode problem = problem(call(APP, "/api/v1/collaborations/Team_Ehime", Tokens.forUser("platform.admin"))
                .put(jsonFixture("collaborations/ehime-south.json")), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("code");
    }

    private static void assertNotStored(String code) {
        problem(call(APP, "/api/v1/collaborations/" + code, Tokens.forUser("saijo.staff")).get(), 404, "not-found");
    }
}
