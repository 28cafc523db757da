package jp.lg.platform.procedures;

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
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Bad input on the public endpoint is refused with a problem and writes nothing: no application, no event. */
@ExtendWith(DropwizardExtensionsSupport.class)
class PublicApplicationIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String CODE = "public-input-certificate";
    private static final String ONLINE = "/public/v1/" + BANDAI + "/procedures/" + CODE + "/applications";

    private static Receipt returned;
    private static Receipt waiting;

    private long applications;
    private long history;
    private long events;

    @BeforeAll
    static void bandaiAdoptsTheStandardAsItIsAndReturnsAnApplication() {
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, CODE);
        created(call(APP, "/api/v1/procedures/" + CODE + "/adoptions", Tokens.forUser("bandai.staff"))
                .post(jsonFixture("procedures/adoptions/as-is.json")));
        returned = Receipt.of(created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json"))));
        waiting = Receipt.of(created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json"))));
        ok(call(APP, "/api/v1/applications/" + returned.id() + "/transitions", Tokens.forUser("bandai.staff"))
                .post(jsonFixture("procedures/applications/to-returned.json")));
    }

    @BeforeEach
    void countBefore() {
        applications = ProcedureFixtures.rows("applications", BANDAI);
        history = ProcedureFixtures.rows("application_history", BANDAI);
        events = ProcedureFixtures.outboxRows(ProcedureTopics.APPLICATIONS.name());
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(ProcedureFixtures.rows("applications", BANDAI)).isEqualTo(applications);
        assertThat(ProcedureFixtures.rows("application_history", BANDAI)).isEqualTo(history);
        assertThat(ProcedureFixtures.outboxRows(ProcedureTopics.APPLICATIONS.name())).isEqualTo(events);
        JsonNode stillReturned = ok(call(APP, "/api/v1/applications/" + returned.id(), Tokens.forUser("bandai.staff")).get());
        assertThat(stillReturned.get("stage").asText()).isEqualTo("RETURNED");
        assertThat(stillReturned.at("/fields/purpose").asText()).isEqualTo("自動車の登録");
    }

    @Test
    void wrongTypesAreNamedInJapaneseAndEnglish() {
        JsonNode invalid = problem(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/wrong-types.json")),
                400, "validation-failed");

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("fields.favouriteColour",
                "fields.relationship", "fields.subjectBirthDate", "fields.copies", "fields.includeDomicile", "attachments");
        assertThat(message(invalid, "fields.copies")).isEqualTo("必要通数：数値で入力してください / Number of copies: must be a number");
        assertThat(message(invalid, "attachments")).contains("本人確認書類", "Identity document");
    }

    @Test
    void aMyNumberInAFreeTextFieldIsRefusedWithoutRepeatingIt() {
        JsonNode invalid = problem(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/my-number-in-purpose.json")),
                400, "validation-failed");

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactly("fields.purpose");
        assertThat(message(invalid, "fields.purpose")).contains("個人番号", "My Number");
        assertThat(invalid.toString()).doesNotContain("9018", "９０１８");
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() {
        ObjectNode body = (ObjectNode) Json.read(fixtureText("procedures/applications/online-certificate.json"));
        ((ObjectNode) body.get("fields")).put("purpose", "あ".repeat(6_000));

        problem(call(APP, ONLINE, null).post(Entity.json(body.toString())), 413, "payload-too-large");
    }

    @Test
    void malformedJsonIsAProblem() {
        problem(call(APP, ONLINE, null).post(Entity.json("not json")), 400, "malformed-request");
        problem(call(APP, ONLINE, null).post(Entity.json("{\"fields\": [1, 2]}")), 400, "validation-failed");
    }

    @Test
    void anUnknownTownOrProcedureIsNotFound() {
        String body = fixtureText("procedures/applications/online-certificate.json");
        problem(call(APP, "/public/v1/999999/procedures/" + CODE + "/applications", null).post(Entity.json(body)),
                404, "not-found");
        problem(call(APP, "/public/v1/not-a-town/procedures/" + CODE + "/applications", null).post(Entity.json(body)),
                404, "not-found");
        problem(call(APP, "/public/v1/" + BANDAI + "/procedures/no-such-procedure/applications", null)
                .post(Entity.json(body)), 404, "not-found");
        problem(call(APP, "/public/v1/070009/procedures/" + CODE + "/applications", null).post(Entity.json(body)),
                404, "not-found");
    }

    @Test
    void aCorrectionNeedsTheSecretOfTheReceipt() {
        Entity<String> corrected = jsonFixture("procedures/applications/online-corrected.json");
        problem(correct(returned.reference(), null).put(corrected), 404, "not-found");
        problem(correct(returned.reference(), waiting.secret()).put(corrected), 404, "not-found");
        problem(correct("NO-SUCH-REF", returned.secret()).put(corrected), 404, "not-found");
    }

    @Test
    void onlyAReturnedApplicationCanBeCorrected() {
        JsonNode refused = problem(correct(waiting.reference(), waiting.secret())
                .put(jsonFixture("procedures/applications/online-corrected.json")), 409, "invalid-transition");
        assertThat(refused.get("detail").asText()).contains("差戻し", "APPLIED");
    }

    @Test
    void aCorrectionIsCheckedLikeANewApplication() {
        JsonNode invalid = problem(correct(returned.reference(), returned.secret())
                .put(jsonFixture("procedures/applications/wrong-types.json")), 400, "validation-failed");
        assertThat(invalid.get("errors").findValuesAsText("field")).contains("fields.copies", "fields.favouriteColour",
                "attachments");
        assertThat(message(invalid, "fields.copies")).isEqualTo("必要通数：数値で入力してください / Number of copies: must be a number");

        JsonNode myNumber = problem(correct(returned.reference(), returned.secret())
                .put(jsonFixture("procedures/applications/my-number-in-purpose.json")), 400, "validation-failed");
        assertThat(myNumber.get("errors").findValuesAsText("field")).containsExactly("fields.purpose");
        assertThat(myNumber.toString()).doesNotContain("9018", "９０１８");

        ObjectNode big = (ObjectNode) Json.read(fixtureText("procedures/applications/online-corrected.json"));
        ((ObjectNode) big.get("fields")).put("purpose", "あ".repeat(6_000));
        problem(correct(returned.reference(), returned.secret()).put(Entity.json(big.toString())), 413, "payload-too-large");
        problem(correct(returned.reference(), returned.secret()).put(Entity.json("not json")), 400, "malformed-request");
    }

    private static jakarta.ws.rs.client.Invocation.Builder correct(String reference, String secret) {
        return call(APP, "/public/v1/applications/" + reference, null).header(PublicApplicationResource.SECRET_HEADER, secret);
    }

    /** A receipt of an online application, with the id staff see. */
    private record Receipt(String reference, String secret, String id) {
        static Receipt of(JsonNode receipt) {
            String reference = receipt.get("reference").asText();
            for (JsonNode a : ok(call(APP, "/api/v1/applications?limit=200&procedure=" + CODE, Tokens.forUser("bandai.staff")).get())) {
                if (a.get("reference").asText().equals(reference)) {
                    return new Receipt(reference, receipt.get("secret").asText(), a.get("id").asText());
                }
            }
            throw new AssertionError("staff do not see " + reference);
        }
    }

    private static String message(JsonNode problem, String field) {
        for (JsonNode error : problem.get("errors")) {
            if (error.get("field").asText().equals(field)) {
                return error.get("message").asText();
            }
        }
        throw new AssertionError("no error for " + field + " in " + problem);
    }
}
