package jp.lg.platform.procedures;

import static jp.lg.platform.procedures.ProcedureFixtures.AIZUWAKAMATSU;
import static jp.lg.platform.procedures.ProcedureFixtures.BANDAI;
import static jp.lg.platform.procedures.ProcedureFixtures.RESIDENT_CERTIFICATE;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.web.FileUpload;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resident-certificate story of issue 7 with real tokens: Fukushima publishes the standard for
 * aizu, Bandai adopts it with its own fee, a resident applies online to 磐梯町 and staff take the
 * application through every stage; other towns see nothing of it.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ApplicationIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    static final String CODE = "resident-certificate-copy";
    static final String ONLINE = "/public/v1/" + BANDAI + "/procedures/" + CODE + "/applications";
    private static final String APPLICATIONS = "/api/v1/applications";

    @BeforeAll
    static void fukushimaPublishesAndBandaiAdoptsWithItsOwnFee() {
        created(call(APP, "/api/v1/procedures", Tokens.forUser("fukushima.coordinator")).post(jsonFixture(RESIDENT_CERTIFICATE)));
        created(call(APP, "/api/v1/procedures/" + CODE + "/adoptions", Tokens.forUser("bandai.staff"))
                .post(jsonFixture("procedures/adoptions/bandai-fee.json")));
    }

    @Test
    void aResidentAppliesOnlineToBandaiAndStaffTakeItThroughEveryStage() {
        JsonNode drift = ok(call(APP, "/api/v1/procedures/" + CODE + "/drift", Tokens.forUser("fukushima.coordinator")).get());
        assertThat(drift.at("/towns/0/town").asText()).isEqualTo(BANDAI);
        assertThat(drift.at("/towns/0/differences/0/descriptionEn").asText()).isEqualTo("fee ¥350 instead of ¥300");

        JsonNode receipt = created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json")));
        String reference = receipt.get("reference").asText();
        String secret = receipt.get("secret").asText();
        assertThat(receipt.get("feeYen").asInt()).as("¥350 × 2 copies").isEqualTo(700);
        assertThat(status(reference, secret).get("stage").asText()).isEqualTo("APPLIED");

        String staff = Tokens.forUser("bandai.staff");
        JsonNode listed = ok(call(APP, APPLICATIONS + "?procedure=" + CODE + "&limit=200", staff).get());
        JsonNode mine = find(listed, reference);
        String id = mine.get("id").asText();
        assertThat(mine.get("channel").asText()).isEqualTo("ONLINE");
        assertThat(mine.at("/fields/submitTo").asText()).as("stored verbatim").isEqualTo("<script>alert('x')</script>会津運輸支局");
        assertThat(call(APP, APPLICATIONS + "/" + mine.get("id").asText(), staff).get().getMediaType().toString())
                .as("served as JSON data, never as a page").isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(mine.get("stageDueOn").isNull()).isFalse();

        JsonNode incomplete = problem(call(APP, APPLICATIONS + "/" + id + "/transitions", staff)
                .post(jsonFixture("procedures/applications/to-received.json")), 409, "invalid-transition");
        assertThat(incomplete.get("errors").findValuesAsText("field")).containsExactly("attachments.identity-document");
        assertThat(incomplete.at("/errors/0/message").asText()).contains("本人確認書類", "Identity document");
        byte[] scan = largerThanTheServersBodyLimit(ProcedureFixtures.bytes("procedures/files/identity-document.pdf"));
        JsonNode sent = created(ProcedureFixtures.upload(APP, "/public/v1/applications/" + reference, null, "運転免許証.pdf")
                .header(PublicApplicationResource.SECRET_HEADER, secret)
                .post(Entity.entity(scan, MediaType.APPLICATION_OCTET_STREAM)));
        assertThat(sent.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(FileUpload.sha256(scan)));
        assertThat(sent.get("uploadedBy").isNull()).as("no identities in the applicant's view").isTrue();
        assertThat(status(reference, secret).at("/files/0/filename").asText()).isEqualTo("運転免許証.pdf");
        move(id, "to-received.json", "RECEIVED");
        move(id, "to-review.json", "REVIEW");
        problem(call(APP, APPLICATIONS + "/" + id + "/transitions", staff)
                .post(jsonFixture("procedures/applications/to-returned-without-comment.json")), 400, "validation-failed");
        move(id, "to-returned.json", "RETURNED");
        assertThat(status(reference, secret).at("/steps/3/comment").asText()).isEqualTo("使用目的をもう少し具体的に記入してください");
        JsonNode resubmitted = move(id, "corrected-certificate.json", "APPLIED");
        assertThat(resubmitted.at("/fields/purpose").asText()).isEqualTo("自動車の登録（普通自動車）");
        assertThat(resubmitted.get("feeYen").asInt()).isEqualTo(350);
        move(id, "to-received.json", "RECEIVED");
        move(id, "to-review.json", "REVIEW");
        JsonNode issued = move(id, "to-issued.json", "ISSUED");
        JsonNode again = problem(call(APP, APPLICATIONS + "/" + id + "/transitions", staff)
                .post(jsonFixture("procedures/applications/to-review.json")), 409, "invalid-transition");
        assertThat(again.get("detail").asText()).contains("ISSUED");

        assertThat(issued.get("history").findValuesAsText("action")).containsExactly("SUBMIT", "ADVANCE", "ADVANCE",
                "RETURN", "RESUBMIT", "ADVANCE", "ADVANCE", "ADVANCE");
        assertThat(issued.at("/history/0/actor").asText()).isEqualTo("resident");
        assertThat(issued.at("/history/1/actor").asText()).isNotEqualTo("resident").isNotBlank();
        JsonNode file = issued.at("/files/0");
        assertThat(file.get("attachmentCode").asText()).isEqualTo("identity-document");
        assertThat(file.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(file.get("sizeBytes").asInt()).isEqualTo(scan.length);
        assertThat(file.get("sha256").asText()).isEqualTo(sent.get("sha256").asText());
        assertThat(file.get("uploadedBy").asText()).isEqualTo("resident");
        assertThat(file.get("channel").asText()).isEqualTo("ONLINE");
        Response download = call(APP, APPLICATIONS + "/" + id + "/attachments/" + file.get("id").asText(), staff).get();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getMediaType().toString()).isEqualTo("application/pdf");
        assertThat(download.getHeaderString("Digest"))
                .isEqualTo("sha-256=" + Base64.getEncoder().encodeToString(FileUpload.sha256(scan)));
        assertThat(download.readEntity(byte[].class)).isEqualTo(scan);
        problem(ProcedureFixtures.upload(APP, APPLICATIONS + "/" + id, staff, "追加.pdf")
                .post(Entity.entity(scan, MediaType.APPLICATION_OCTET_STREAM)), 409, "invalid-transition");
        JsonNode finalStatus = status(reference, secret);
        assertThat(finalStatus.get("stage").asText()).isEqualTo("ISSUED");
        assertThat(finalStatus.get("stageNameJa").asText()).isEqualTo("交付");
        assertThat(finalStatus.toString()).as("the applicant's view holds no form values, so no script either")
                .doesNotContain("磐梯 花子", "中ノ橋", "<script>");

        List<SpecificRecord> events = TopicRecords.valuesOf(ProcedureTopics.APPLICATIONS, id, 8, Duration.ofSeconds(30));
        assertThat(events).hasSize(8).allSatisfy(e -> assertThat(e.toString()).doesNotContain("磐梯 花子", "中ノ橋", "0242"));
        assertThat(events).extracting(e -> ((ApplicationStageChanged) e).getToStage()).containsExactly("APPLIED",
                "RECEIVED", "REVIEW", "RETURNED", "APPLIED", "RECEIVED", "REVIEW", "ISSUED");
        assertThat(((ApplicationStageChanged) events.get(0)).getChannel()).isEqualTo("ONLINE");
    }

    @Test
    void aResidentCorrectsAReturnedApplicationOnlineAndItsDeadlineStartsAgain() {
        JsonNode receipt = created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json")));
        String reference = receipt.get("reference").asText();
        String secret = receipt.get("secret").asText();
        String id = find(ok(call(APP, APPLICATIONS + "?procedure=" + CODE + "&limit=200", Tokens.forUser("bandai.staff"))
                .get()), reference).get("id").asText();
        JsonNode returned = move(id, "to-returned.json", "RETURNED");

        JsonNode status = ok(call(APP, "/public/v1/applications/" + reference, null)
                .header(PublicApplicationResource.SECRET_HEADER, secret)
                .put(jsonFixture("procedures/applications/online-corrected.json")));

        assertThat(status.get("stage").asText()).isEqualTo("APPLIED");
        assertThat(status.get("feeYen").asInt()).as("¥350 × 1 copy").isEqualTo(350);
        JsonNode corrected = ok(call(APP, APPLICATIONS + "/" + id, Tokens.forUser("bandai.staff")).get());
        assertThat(corrected.at("/fields/purpose").asText()).isEqualTo("自動車の登録（軽自動車の名義変更）");
        assertThat(corrected.get("history").findValuesAsText("action")).containsExactly("SUBMIT", "RETURN", "RESUBMIT");
        assertThat(corrected.get("history").findValuesAsText("channel")).containsExactly("ONLINE", "COUNTER", "ONLINE");
        assertThat(corrected.at("/history/2/actor").asText()).isEqualTo("resident");
        assertThat(corrected.at("/history/2/fromStage").asText()).isEqualTo("RETURNED");
        Instant restarted = Instant.parse(corrected.get("stageEnteredAt").asText());
        assertThat(restarted).isAfter(Instant.parse(returned.get("stageEnteredAt").asText()));
        assertThat(corrected.get("stageDueOn").asText()).as("申請's SLA of 1 business day, counted from the resubmission")
                .isEqualTo(new BusinessCalendar(new JapaneseHolidays()).dueOn(restarted, 1).toString());

        List<SpecificRecord> events = TopicRecords.valuesOf(ProcedureTopics.APPLICATIONS, id, 3, Duration.ofSeconds(30));
        ApplicationStageChanged resubmitted = (ApplicationStageChanged) events.get(2);
        assertThat(resubmitted.getAction()).isEqualTo("RESUBMIT");
        assertThat(resubmitted.getFromStage()).isEqualTo("RETURNED");
        assertThat(resubmitted.getToStage()).isEqualTo("APPLIED");
        assertThat(resubmitted.getMeta().getActor()).isEqualTo("resident");
        assertThat(resubmitted.toString()).doesNotContain("磐梯 花子", "中ノ橋", "0242", "軽自動車");
        problem(call(APP, "/public/v1/applications/" + reference, null).header(PublicApplicationResource.SECRET_HEADER, secret)
                .put(jsonFixture("procedures/applications/online-corrected.json")), 409, "invalid-transition");
    }

    @Test
    void anotherTownSeesNothingOfBandaisApplicationsAndCannotApplyToWhatItHasNotAdopted() {
        String bandai = Tokens.forUser("bandai.staff");
        String id = created(call(APP, APPLICATIONS, bandai).post(jsonFixture("procedures/applications/counter-certificate.json")))
                .get("id").asText();
        String aizuwakamatsu = Tokens.forUser("aizuwakamatsu.staff");

        problem(call(APP, APPLICATIONS + "/" + id, aizuwakamatsu).get(), 404, "not-found");
        problem(call(APP, APPLICATIONS + "/" + id + "/transitions", aizuwakamatsu)
                .post(jsonFixture("procedures/applications/to-received.json")), 404, "not-found");
        assertThat(ok(call(APP, APPLICATIONS + "?limit=200", aizuwakamatsu).get()).findValuesAsText("id")).doesNotContain(id);
        problem(call(APP, APPLICATIONS, aizuwakamatsu).post(jsonFixture("procedures/applications/counter-certificate.json")),
                404, "not-found");
        problem(call(APP, "/public/v1/" + AIZUWAKAMATSU + "/procedures/" + CODE + "/applications", null)
                .post(jsonFixture("procedures/applications/online-certificate.json")), 404, "not-found");
        problem(call(APP, APPLICATIONS + "/" + id, Tokens.forUser("fukushima.coordinator")).get(), 403, "forbidden");
        assertThat(ok(call(APP, APPLICATIONS + "/" + id, bandai).get()).get("channel").asText()).isEqualTo("COUNTER");

        byte[] card = ProcedureFixtures.bytes("procedures/files/identity-card.png");
        String file = created(ProcedureFixtures.upload(APP, APPLICATIONS + "/" + id, bandai, "本人確認書類.png")
                .post(Entity.entity(card, "image/png"))).get("id").asText();
        problem(ProcedureFixtures.upload(APP, APPLICATIONS + "/" + id, aizuwakamatsu, "本人確認書類.png")
                .post(Entity.entity(card, "image/png")), 404, "not-found");
        problem(call(APP, APPLICATIONS + "/" + id + "/attachments/" + file, aizuwakamatsu).get(), 404, "not-found");
        JsonNode counterFile = ok(call(APP, APPLICATIONS + "/" + id, bandai).get()).at("/files/0");
        assertThat(counterFile.get("channel").asText()).isEqualTo("COUNTER");
        assertThat(counterFile.get("uploadedBy").asText()).isNotEqualTo("resident").isNotBlank();
        assertThat(call(APP, APPLICATIONS + "/" + id + "/attachments/" + file, bandai).get().readEntity(byte[].class))
                .isEqualTo(card);
    }

    @Test
    void theStatusNeedsTheSecretOfTheReceipt() {
        String reference = created(call(APP, ONLINE, null).post(jsonFixture("procedures/applications/online-certificate.json")))
                .get("reference").asText();

        problem(call(APP, "/public/v1/applications/" + reference, null).get(), 404, "not-found");
        problem(call(APP, "/public/v1/applications/" + reference, null).header(PublicApplicationResource.SECRET_HEADER,
                "not-the-secret").get(), 404, "not-found");
        problem(call(APP, "/public/v1/applications/NO-SUCH-REF", null).header(PublicApplicationResource.SECRET_HEADER,
                "x").get(), 404, "not-found");
    }

    /** The PDF with comment lines after it, to 100 KiB: over the 64 KiB the test server takes in other bodies. */
    private static byte[] largerThanTheServersBodyLimit(byte[] pdf) {
        byte[] padded = Arrays.copyOf(pdf, 100 * 1024);
        for (int i = pdf.length; i < padded.length; i++) {
            padded[i] = (byte) ((i - pdf.length) % 80 == 0 ? '%' : (i - pdf.length) % 80 == 79 ? '\n' : 'x');
        }
        return padded;
    }

    private static JsonNode status(String reference, String secret) {
        return ok(call(APP, "/public/v1/applications/" + reference, null)
                .header(PublicApplicationResource.SECRET_HEADER, secret).get());
    }

    private static JsonNode move(String id, String fixture, String expectedStage) {
        JsonNode moved = ok(call(APP, APPLICATIONS + "/" + id + "/transitions", Tokens.forUser("bandai.staff"))
                .post(jsonFixture("procedures/applications/" + fixture)));
        assertThat(moved.get("stage").asText()).isEqualTo(expectedStage);
        return moved;
    }

    private static JsonNode find(JsonNode list, String reference) {
        for (JsonNode item : list) {
            if (item.get("reference").asText().equals(reference)) {
                return item;
            }
        }
        throw new AssertionError("no application " + reference + " in " + list);
    }
}
