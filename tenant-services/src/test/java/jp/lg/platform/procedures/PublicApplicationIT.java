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
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
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
    private static Receipt received;

    private long applications;
    private long history;
    private long events;
    private long files;

    @BeforeAll
    static void bandaiAdoptsTheStandardAsItIsAndReturnsAnApplication() {
        ProcedureFixtures.publish(APP, RESIDENT_CERTIFICATE, CODE);
        created(call(APP, "/api/v1/procedures/" + CODE + "/adoptions", Tokens.forUser("bandai.staff"))
                .post(jsonFixture("procedures/adoptions/as-is.json")));
        returned = Receipt.of(created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json"))));
        waiting = Receipt.of(created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json"))));
        received = Receipt.of(created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json"))));
        String staff = Tokens.forUser("bandai.staff");
        ok(call(APP, "/api/v1/applications/" + returned.id() + "/transitions", staff)
                .post(jsonFixture("procedures/applications/to-returned.json")));
        created(ProcedureFixtures.upload(APP, "/api/v1/applications/" + received.id(), staff, "scan.jpg")
                .post(Entity.entity(ProcedureFixtures.bytes("procedures/files/identity-card.jpg"), "image/jpeg")));
        ok(call(APP, "/api/v1/applications/" + received.id() + "/transitions", staff)
                .post(jsonFixture("procedures/applications/to-received.json")));
    }

    @BeforeEach
    void countBefore() {
        applications = ProcedureFixtures.rows("applications", BANDAI);
        history = ProcedureFixtures.rows("application_history", BANDAI);
        events = ProcedureFixtures.outboxRows(ProcedureTopics.APPLICATIONS.name());
        files = ProcedureFixtures.rows("application_files", BANDAI);
    }

    @AfterEach
    void nothingWasWritten() {
        assertThat(ProcedureFixtures.rows("applications", BANDAI)).isEqualTo(applications);
        assertThat(ProcedureFixtures.rows("application_history", BANDAI)).isEqualTo(history);
        assertThat(ProcedureFixtures.outboxRows(ProcedureTopics.APPLICATIONS.name())).isEqualTo(events);
        assertThat(ProcedureFixtures.rows("application_files", BANDAI)).isEqualTo(files);
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

    @Test
    void aFileMustBeAPdfJpegOrPngOfTheTypeItsNameSays() {
        byte[] pdf = ProcedureFixtures.bytes("procedures/files/identity-document.pdf");
        JsonNode exe = problem(send(waiting, "setup.exe").post(Entity.entity(pdf, MediaType.APPLICATION_OCTET_STREAM)),
                400, "validation-failed");
        assertThat(exe.at("/errors/0/field").asText()).isEqualTo("filename");
        assertThat(exe.at("/errors/0/message").asText()).contains(".pdf", ".jpg", ".png");
        JsonNode page = problem(send(waiting, "本人確認書類.pdf").post(Entity.entity(
                "<html><script>alert('x')</script></html>", MediaType.APPLICATION_OCTET_STREAM)), 400, "validation-failed");
        assertThat(page.at("/errors/0/field").asText()).isEqualTo("body");
        problem(send(waiting, "本人確認書類.pdf").post(Entity.entity(new byte[0], MediaType.APPLICATION_OCTET_STREAM)),
                400, "validation-failed");
        JsonNode code = problem(call(APP, "/public/v1/applications/" + waiting.reference() + "/attachments?code=tax-certificate"
                        + "&filename=tax.pdf", null).header(PublicApplicationResource.SECRET_HEADER, waiting.secret())
                .post(Entity.entity(pdf, MediaType.APPLICATION_OCTET_STREAM)), 400, "validation-failed");
        assertThat(code.at("/errors/0/field").asText()).isEqualTo("code");
        assertThat(code.at("/errors/0/message").asText()).contains("identity-document");
    }

    @Test
    void aFileOverFiveMebibytesIsRefusedBeforeItIsStored() {
        byte[] big = new byte[(int) ApplicationFiles.MAX_BYTES + 1];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);

        // streamed (chunked, no Content-Length), so the server reads it up to the limit and refuses it as it passes;
        // a Content-Length over the limit is refused before any byte is read (ProblemJsonTest)
        problem(chunked(send(waiting, "scan.pdf")).post(Entity.entity(big, MediaType.APPLICATION_OCTET_STREAM)),
                413, "payload-too-large");
        problem(chunked(ProcedureFixtures.upload(APP, "/api/v1/applications/" + waiting.id(), Tokens.forUser("bandai.staff"),
                "scan.pdf")).post(Entity.entity(big, MediaType.APPLICATION_OCTET_STREAM)), 413, "payload-too-large");
    }

    private static Invocation.Builder chunked(Invocation.Builder request) {
        return request.property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED);
    }

    @Test
    void aFileNeedsTheSecretAndAnApplicationWaitingForTheApplicant() {
        byte[] jpeg = ProcedureFixtures.bytes("procedures/files/identity-card.jpg");
        problem(ProcedureFixtures.upload(APP, "/public/v1/applications/" + waiting.reference(), null, "card.jpg")
                .header(PublicApplicationResource.SECRET_HEADER, returned.secret())
                .post(Entity.entity(jpeg, "image/jpeg")), 404, "not-found");
        problem(ProcedureFixtures.upload(APP, "/public/v1/applications/" + waiting.reference(), null, "card.jpg")
                .post(Entity.entity(jpeg, "image/jpeg")), 404, "not-found");
        JsonNode late = problem(send(received, "card.jpg").post(Entity.entity(jpeg, "image/jpeg")), 409, "invalid-transition");
        assertThat(late.get("detail").asText()).contains("RECEIVED");
    }

    private static Invocation.Builder send(Receipt to, String filename) {
        return ProcedureFixtures.upload(APP, "/public/v1/applications/" + to.reference(), null, filename)
                .header(PublicApplicationResource.SECRET_HEADER, to.secret());
    }

    private static Invocation.Builder correct(String reference, String secret) {
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
