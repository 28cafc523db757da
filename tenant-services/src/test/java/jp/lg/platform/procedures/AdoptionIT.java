package jp.lg.platform.procedures;

import static jp.lg.platform.procedures.ProcedureFixtures.AIZUWAKAMATSU;
import static jp.lg.platform.procedures.ProcedureFixtures.BANDAI;
import static jp.lg.platform.procedures.ProcedureFixtures.RESIDENT_CERTIFICATE;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.fixtureText;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.procedures.ProcedureAdopted;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Adoptions with local variants, the drift report and the upgrade preview, with real tokens. */
@ExtendWith(DropwizardExtensionsSupport.class)
class AdoptionIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String PROCEDURES = "/api/v1/procedures/";

    @Test
    void bandaiAdoptsWithItsOwnFeeAndTheLeadSeesTheDriftOfEveryMember() {
        String code = "drift-certificate";
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, code);
        String bandai = Tokens.forUser("bandai.staff");
        String aizuwakamatsu = Tokens.forUser("aizuwakamatsu.staff");

        JsonNode adopted = created(call(APP, PROCEDURES + code + "/adoptions", bandai)
                .post(jsonFixture("procedures/adoptions/bandai-fee.json")));
        created(call(APP, PROCEDURES + code + "/adoptions", aizuwakamatsu).post(jsonFixture("procedures/adoptions/as-is.json")));

        assertThat(adopted.at("/effectiveDefinition/feeYen").asInt()).isEqualTo(350);
        assertThat(adopted.at("/drift/distance").asInt()).isEqualTo(3);
        JsonNode lead = ok(call(APP, PROCEDURES + code + "/drift", Tokens.forUser("fukushima.coordinator")).get());
        assertThat(lead.get("members").asInt()).isEqualTo(13);
        assertThat(lead.get("adopted").asInt()).isEqualTo(2);
        assertThat(lead.get("towns").findValuesAsText("town")).containsExactly(AIZUWAKAMATSU, BANDAI);
        assertThat(lead.at("/towns/1/differences/0/kind").asText()).isEqualTo("FEE");
        assertThat(lead.at("/towns/1/differences/0/descriptionJa").asText()).isEqualTo("手数料 300円 → 350円");
        assertThat(lead.at("/towns/1/townNameJa").asText()).isEqualTo("磐梯町");
        assertThat(lead.at("/towns/0/distance").asInt()).isZero();
        assertThat(lead.get("standardisationScore").asDouble()).isEqualTo(9.6);
        assertThat(lead.get("notAdopted")).hasSize(11);

        JsonNode own = ok(call(APP, PROCEDURES + code + "/drift", bandai).get());
        assertThat(own.get("towns").findValuesAsText("town")).containsExactly(BANDAI);
        assertThat(own.get("standardisationScore").isNull()).isTrue();
        JsonNode visible = ok(call(APP, PROCEDURES + code + "/adoptions", aizuwakamatsu).get());
        assertThat(visible).hasSize(1);
        assertThat(visible.at("/0/adoption/town").asText()).isEqualTo(AIZUWAKAMATSU);
        assertThat(ok(call(APP, PROCEDURES + code + "/adoptions", Tokens.forUser("fukushima.coordinator")).get()))
                .hasSize(2);

        List<SpecificRecord> events = TopicRecords.valuesOf(ProcedureTopics.DEFINITIONS, code, 3, Duration.ofSeconds(30));
        assertThat(events.get(1)).isInstanceOfSatisfying(ProcedureAdopted.class, e -> {
            assertThat(e.getMunicipalityCode()).isEqualTo(BANDAI);
            assertThat(e.getDriftDistance()).isEqualTo(3);
        });
    }

    @Test
    void aTownPreviewsWhatItGainsByMovingToANewVersionAndThenMoves() {
        String code = "upgrade-certificate";
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, code);
        String bandai = Tokens.forUser("bandai.staff");
        created(call(APP, PROCEDURES + code + "/adoptions", bandai).post(jsonFixture("procedures/adoptions/bandai-delivery.json")));
        created(call(APP, PROCEDURES + code + "/versions", Tokens.forUser("fukushima.coordinator"))
                .post(Entity.json(versionTwo().toString())));

        JsonNode preview = ok(call(APP, PROCEDURES + code + "/adoptions/" + BANDAI + "/upgrade?to=2", bandai).get());

        assertThat(preview.get("driftBefore").asInt()).isEqualTo(4);
        assertThat(preview.get("driftAfter").asInt()).isZero();
        assertThat(preview.get("changes").findValuesAsText("item")).contains("delivery");
        assertThat(preview.at("/changes/0/descriptionJa").asText()).isEqualTo("独自項目「受取方法」が標準になります");
        assertThat(preview.at("/versionNotes/0").asText()).startsWith("v2: 受取方法の項目を追加");
        problem(call(APP, PROCEDURES + code + "/adoptions/" + BANDAI + "/upgrade?to=2", Tokens.forUser("aizuwakamatsu.staff"))
                .get(), 404, "not-found");
        assertThat(ok(call(APP, PROCEDURES + code + "/adoptions", bandai).get()).at("/0/adoption/version").asInt()).isEqualTo(1);

        ObjectNode move = (ObjectNode) Json.read(fixtureText("procedures/adoptions/as-is.json"));
        move.put("version", 2);
        created(call(APP, PROCEDURES + code + "/adoptions", bandai).post(Entity.json(move.toString())));
        JsonNode drift = ok(call(APP, PROCEDURES + code + "/drift", bandai).get());
        assertThat(drift.at("/towns/0/version").asInt()).isEqualTo(2);
        assertThat(drift.at("/towns/0/distance").asInt()).isZero();
    }

    @Test
    void badVariantsAreNamedAndNothingIsWritten() {
        String code = "variant-certificate";
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, code);
        long before = ProcedureFixtures.rows("procedure_adoptions", "074471");

        JsonNode invalid = problem(call(APP, PROCEDURES + code + "/adoptions", Tokens.forUser("aizumisato.staff"))
                .post(jsonFixture("procedures/adoptions/bad-variants.json")), 400, "validation-failed");

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "variants.extraFields[0].name", "variants.slaOverrides.NOWHERE", "variants.extraStages[0].stage.code",
                "variants.extraStages[0].after");
        assertThat(ProcedureFixtures.rows("procedure_adoptions", "074471")).isEqualTo(before);
        problem(call(APP, PROCEDURES + code + "/adoptions", Tokens.forUser("saijo.staff"))
                .post(jsonFixture("procedures/adoptions/as-is.json")), 404, "not-found");
        problem(call(APP, PROCEDURES + code + "/adoptions", Tokens.forUser("fukushima.coordinator"))
                .post(jsonFixture("procedures/adoptions/as-is.json")), 403, "forbidden");
    }

    private static ObjectNode versionTwo() {
        ObjectNode next = (ObjectNode) Json.read(fixtureText("procedures/adoptions/version-2-delivery.json"));
        ObjectNode definition = (ObjectNode) ProcedureFixtures.example(RESIDENT_CERTIFICATE, "x").get("definition");
        ((ArrayNode) definition.get("fields")).add(Json.read(fixtureText("procedures/adoptions/delivery-field.json")));
        definition.put("feeYen", 350);
        next.set("definition", definition);
        return next;
    }
}
