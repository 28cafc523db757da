package jp.lg.platform.directory;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Clock;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class CollaborationIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void aPlatformAdministratorCreatesAndGrowsACollaboration() {
        String admin = Tokens.forUser("platform.admin");

        created(call(APP, "/api/v1/collaborations/nanyo-dx", admin).put(jsonFixture("collaborations/ehime-south.json")));
        ok(call(APP, "/api/v1/collaborations/nanyo-dx", admin).put(jsonFixture("collaborations/ehime-south-grown.json")));

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

    @Test
    void theDirectorySnapshotIsReadAgainAfterEveryChangeAndOnlyThen() {
        String admin = Tokens.forUser("platform.admin");
        DirectoryService directory = new DirectoryService(
                PlatformStack.get().ownerJdbi().installPlugin(new SqlObjectPlugin()), // for the directory's DAOs
                new EventMetadataFactory(Clock.systemUTC()));
        DirectorySnapshot before = directory.snapshot();
        assertThat(directory.snapshot()).as("nothing changed: the same snapshot").isSameAs(before);

        created(call(APP, "/api/v1/collaborations/snapshot-dx", admin).put(jsonFixture("collaborations/ehime-south.json")));
        DirectorySnapshot withTwo = directory.snapshot();
        ok(call(APP, "/api/v1/collaborations/snapshot-dx", admin).put(jsonFixture("collaborations/ehime-south-grown.json")));
        DirectorySnapshot grown = directory.snapshot();
        String tottori = LgCode.withCheckDigit("31000").value();
        String body = "{\"code\": \"" + tottori + "\", \"nameJa\": \"鳥取県\", \"nameEn\": \"Tottori\","
                + " \"kind\": \"prefecture\", \"population\": %d, \"populationAsOf\": \"2024-10-01\","
                + " \"office\": {\"lat\": 35.5036, \"lon\": 134.2383}}";
        created(call(APP, "/api/v1/tenants", admin).post(Entity.json(body.formatted(537000))));
        DirectorySnapshot registered = directory.snapshot();
        ok(call(APP, "/api/v1/tenants/" + tottori, admin).put(Entity.json(body.formatted(536000))));
        DirectorySnapshot moved = directory.snapshot();

        assertThat(members(withTwo, "snapshot-dx")).hasSize(2);
        assertThat(members(grown, "snapshot-dx")).hasSize(3);
        assertThat(registered.tenants()).filteredOn(t -> t.code().value().equals(tottori))
                .singleElement().extracting(t -> t.population()).isEqualTo(537000L);
        assertThat(moved.tenants()).filteredOn(t -> t.code().value().equals(tottori))
                .singleElement().extracting(t -> t.population()).isEqualTo(536000L);
        assertThat(directory.snapshot()).isSameAs(moved);
    }

    private static List<LgCode> members(DirectorySnapshot snapshot, String code) {
        return snapshot.collaborations().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow().members();
    }

    private static void assertNotStored(String code) {
        problem(call(APP, "/api/v1/collaborations/" + code, Tokens.forUser("saijo.staff")).get(), 404, "not-found");
    }
}
