package jp.lg.platform.procedures;

import static jp.lg.platform.procedures.ProcedureFixtures.RESIDENT_CERTIFICATE;
import static jp.lg.platform.procedures.ProcedureFixtures.SUBSIDY;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.procedures.ProcedurePublished;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Standard definitions and their versions through the API, with real tokens. Each test uses its own code. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ProcedureIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String PROCEDURES = "/api/v1/procedures";

    @Test
    void theLeadPublishesTheShippedSubsidyExampleAndOnlyTheCollaborationReadsIt() {
        JsonNode published = created(call(APP, PROCEDURES, Tokens.forUser("fukushima.coordinator"))
                .post(jsonFixture(SUBSIDY)));

        assertThat(published.get("version").asInt()).isEqualTo(1);
        assertThat(published.get("leadCode").asText()).isEqualTo("070009");
        assertThat(published.at("/definition/nameJa").asText()).isEqualTo("農林業補助金交付申請");
        JsonNode read = ok(call(APP, PROCEDURES + "/agri-forestry-subsidy", Tokens.forUser("bandai.staff")).get());
        assertThat(read.at("/definition/stages").findValuesAsText("code"))
                .containsExactly("APPLIED", "RECEIVED", "REVIEW", "ISSUED", "RETURNED", "REJECTED");
        assertThat(ok(call(APP, PROCEDURES, Tokens.forUser("aizuwakamatsu.staff")).get()).findValuesAsText("code"))
                .contains("agri-forestry-subsidy");
        problem(call(APP, PROCEDURES + "/agri-forestry-subsidy", Tokens.forUser("saijo.staff")).get(), 404, "not-found");
        assertThat(ok(call(APP, PROCEDURES, Tokens.forUser("saijo.staff")).get()).findValuesAsText("code"))
                .doesNotContain("agri-forestry-subsidy");

        List<SpecificRecord> events = TopicRecords.valuesOf(ProcedureTopics.DEFINITIONS, "agri-forestry-subsidy", 1,
                Duration.ofSeconds(30));
        assertThat(events.get(0)).isInstanceOfSatisfying(ProcedurePublished.class, e -> {
            assertThat(e.getVersion()).isEqualTo(1);
            assertThat(e.getFeeYen()).isZero();
            assertThat(e.getMeta().getTenantCode()).isEqualTo("070009");
        });
    }

    @Test
    void onlyTheLeadPublishesAndACodeIsPublishedOnce() {
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, "once-only");

        problem(call(APP, PROCEDURES, Tokens.forUser("fukushima.coordinator"))
                .post(Entity.json(ProcedureFixtures.example(RESIDENT_CERTIFICATE, "once-only").toString())),
                409, "already-exists");
        problem(call(APP, PROCEDURES, Tokens.forUser("ehime.coordinator"))
                .post(Entity.json(ProcedureFixtures.example(RESIDENT_CERTIFICATE, "not-ehimes").toString())),
                403, "forbidden");
        problem(call(APP, PROCEDURES, Tokens.forUser("bandai.staff"))
                .post(Entity.json(ProcedureFixtures.example(RESIDENT_CERTIFICATE, "not-bandais").toString())),
                403, "forbidden");
        assertThat(ProcedureFixtures.rows("procedure_definitions", "070009")).isPositive();
        problem(call(APP, PROCEDURES + "/not-ehimes", Tokens.forUser("fukushima.coordinator")).get(), 404, "not-found");
    }

    @Test
    void aNewVersionSaysWhatChangedAndThePublishedOneStaysAsItWas() {
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, "versioned-certificate");
        ObjectNode next = (ObjectNode) Json.read(PlatformApp.fixtureText("procedures/version-2.json"));
        next.set("definition", ProcedureFixtures.example(RESIDENT_CERTIFICATE, "x").get("definition").deepCopy());
        ((ObjectNode) next.get("definition")).put("feeYen", 350);

        JsonNode v2 = created(call(APP, PROCEDURES + "/versioned-certificate/versions", Tokens.forUser("fukushima.coordinator"))
                .post(Entity.json(next.toString())));

        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("changes").asText()).isEqualTo("手数料を350円に改定 / the fee is now ¥350");
        String bandai = Tokens.forUser("bandai.staff");
        assertThat(ok(call(APP, PROCEDURES + "/versioned-certificate", bandai).get()).at("/definition/feeYen").asInt())
                .isEqualTo(350);
        assertThat(ok(call(APP, PROCEDURES + "/versioned-certificate?version=1", bandai).get()).at("/definition/feeYen")
                .asInt()).isEqualTo(300);
        assertThat(ok(call(APP, PROCEDURES + "/versioned-certificate/versions", bandai).get()).findValuesAsText("changes"))
                .containsExactly("初版 / first version", "手数料を350円に改定 / the fee is now ¥350");
        problem(call(APP, PROCEDURES + "/versioned-certificate/versions", Tokens.forUser("bandai.staff"))
                .post(Entity.json(next.toString())), 403, "forbidden");
    }

    @Test
    void aBrokenDefinitionNamesEveryBadFieldAndWritesNothing() {
        long before = ProcedureFixtures.rows("procedure_definitions", "070009");
        long events = ProcedureFixtures.outboxRows(ProcedureTopics.DEFINITIONS.name());

        JsonNode invalid = problem(call(APP, PROCEDURES, Tokens.forUser("fukushima.coordinator"))
                .post(jsonFixture("procedures/broken-definition.json")), 400, "validation-failed");

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "definition.fields[1].name", "definition.fields[2].choices", "definition.stages[2].code",
                "definition.transitions[1]", "definition.transitions", "definition.transitions",
                "definition.feePerUnitOf");
        assertThat(ProcedureFixtures.rows("procedure_definitions", "070009")).isEqualTo(before);
        assertThat(ProcedureFixtures.outboxRows(ProcedureTopics.DEFINITIONS.name())).isEqualTo(events);
    }
}
