package jp.lg.platform.surveys;

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
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Tables;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.events.surveys.SurveyClosed;
import jp.lg.platform.events.surveys.SurveyPublished;
import jp.lg.platform.events.surveys.SurveyResponseSubmitted;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import jp.lg.platform.support.TopicRecords;
import org.apache.avro.specific.SpecificRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.glassfish.jersey.client.ClientProperties;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The common-format survey of the Aizu region with real tokens: fukushima.coordinator publishes,
 * towns answer by JSON and by the Excel file, results stay with the lead until the survey closes.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SurveyIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String SURVEYS = "/api/v1/surveys";
    private static final String AIZUBANGE = "074217";
    private static final String SHOWA = "074462";

    @Test
    void townsAnswerByJsonAndSpreadsheetAndOnlyTheLeadSeesResultsUntilItCloses() throws IOException {
        String id = publish().get("id").asText();
        String bandai = Tokens.forUser("bandai.staff");
        String lead = Tokens.forUser("fukushima.coordinator");
        JsonNode before = ok(call(APP, SURVEYS + "/" + id, bandai).get());
        assertThat(before.at("/progress/textJa").asText()).isEqualTo("13団体中0団体が提出済み");
        assertThat(before.get("deadlineJa").asText()).startsWith("令和");
        assertThat(before.get("resultsOpen").asBoolean()).isFalse();

        ok(call(APP, SURVEYS + "/" + id + "/responses/mine", bandai).put(jsonFixture("surveys/answers/bandai.json")));
        ok(call(APP, SURVEYS + "/" + id + "/responses/mine", Tokens.forUser("aizuwakamatsu.staff"))
                .put(jsonFixture("surveys/answers/aizuwakamatsu.json")));
        String kitashiobara = Tokens.forUser("kitashiobara.staff");
        byte[] filled = fill(template(id, kitashiobara), sheet -> copy(sheet, "surveys/answers/kitashiobara.json"));
        JsonNode uploaded = ok(slow(call(APP, SURVEYS + "/" + id + "/responses/mine", kitashiobara))
                .put(Entity.entity(filled, Tables.XLSX_MEDIA_TYPE)));
        assertThat(uploaded.get("viaSpreadsheet").asBoolean()).isTrue();
        assertThat(uploaded.at("/answers/moving-in/staff-hours").decimalValue()).isEqualByComparingTo("40");

        JsonNode progress = ok(call(APP, SURVEYS + "/" + id, lead).get()).get("progress");
        assertThat(progress.get("textJa").asText()).isEqualTo("13団体中3団体が提出済み");
        assertThat(progress.get("textEn").asText()).isEqualTo("3 of 13 submitted");
        JsonNode hidden = problem(call(APP, SURVEYS + "/" + id + "/results", bandai).get(), 403, "forbidden");
        assertThat(hidden.get("detail").asText()).contains("結果は締切（令和", "(Asia/Tokyo)", "全13団体");
        problem(call(APP, SURVEYS + "/" + id + "/results", Tokens.forUser("showa.staff")).get(), 403, "forbidden");
        JsonNode early = ok(call(APP, SURVEYS + "/" + id + "/results", lead).get());
        assertThat(early.get("towns").findValuesAsText("code")).containsExactly("072028", "074021", "074071");
        assertThat(early.get("bands").findValuesAsText("band")).containsExactly("1", "2", "3");

        JsonNode statuses = ok(call(APP, SURVEYS + "/" + id + "/responses", lead).get());
        assertThat(statuses).hasSize(13);
        assertThat(statuses.findValuesAsText("submittedBy")).containsExactlyInAnyOrder("bandai.staff",
                "aizuwakamatsu.staff", "kitashiobara.staff");
        assertThat(ok(call(APP, SURVEYS + "/" + id + "/responses", bandai).get()).findValuesAsText("town"))
                .containsExactly("074071");

        assertThat(visibleResponses(id, "074071")).as("a town reads its own answers only").isEqualTo(1);
        assertThat(visibleResponses(id, SHOWA)).isZero();
        assertThat(visibleResponses(id, "070009")).as("the lead reads every town's").isEqualTo(3);

        problem(call(APP, SURVEYS + "/" + id + "/close", bandai).post(Entity.json("")), 403, "forbidden");
        assertThat(ok(call(APP, SURVEYS + "/" + id + "/close", lead).post(Entity.json(""))).get("status").asText())
                .isEqualTo("CLOSED");

        assertThat(visibleResponses(id, SHOWA)).as("closed: every member reads the answers").isEqualTo(3);
        assertThat(visibleResponses(id, "382060")).as("never a town outside the collaboration").isZero();
        JsonNode results = ok(call(APP, SURVEYS + "/" + id + "/results", Tokens.forUser("showa.staff")).get());
        assertThat(results.get("submitted").asInt()).isEqualTo(3);
        JsonNode bandaiRow = results.get("towns").get(2);
        assertThat(bandaiRow.get("population").asLong()).isEqualTo(3349);
        assertThat(bandaiRow.at("/values/0/perThousand").decimalValue()).isEqualByComparingTo("627.05");
        Response csv = raw(id + "/results", bandai).accept("text/csv").get();
        String text = new String(csv.readEntity(byte[].class), StandardCharsets.UTF_8);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(text).startsWith("\uFEFF\"区分 scope\",")
                .contains("\"団体 town\",074071,磐梯町,2,3349,resident-certificate,住民票交付,annual-count,年間件数,件/年,2100,,627.05");
        Response xlsx = raw(id + "/results?format=xlsx", bandai).get();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.readEntity(byte[].class)))) {
            assertThat(book.getSheet("人口区分別 by band").getLastRowNum()).isEqualTo(3 * 12);
        }

        problem(call(APP, SURVEYS + "/" + id + "/responses/mine", bandai)
                .put(jsonFixture("surveys/answers/kitashiobara.json")), 409, "invalid-transition");
        assertThat(ok(call(APP, SURVEYS + "/" + id + "/responses", bandai).get()).at("/0/revision").asInt()).isEqualTo(1);
        problem(call(APP, SURVEYS + "/" + id + "/close", lead).post(Entity.json("")), 409, "invalid-transition");

        List<SpecificRecord> events = TopicRecords.valuesOf(SurveyTopics.SURVEYS, id, 5, Duration.ofSeconds(30));
        assertThat(events).hasSize(5);
        assertThat(events.get(0)).isInstanceOfSatisfying(SurveyPublished.class, e -> {
            assertThat(e.getMemberCount()).isEqualTo(13);
            assertThat(e.getMeta().getTenantCode()).isEqualTo("070009");
        });
        assertThat(events.subList(1, 4)).allSatisfy(e -> assertThat(e).isInstanceOf(SurveyResponseSubmitted.class));
        assertThat(events.get(4)).isInstanceOfSatisfying(SurveyClosed.class, e -> {
            assertThat(e.getSubmittedCount()).isEqualTo(3);
            assertThat(e.getMemberCount()).isEqualTo(13);
        });
    }

    @Test
    void aSurveyWhoseDeadlinePassesClosesOnceAndSaysSoWithOneSurveyClosedEvent() throws InterruptedException {
        ObjectNode body = (ObjectNode) Json.read(fixtureText(SurveyFixtures.EXAMPLE));
        body.put("deadline", OffsetDateTime.now(ZoneOffset.ofHours(9)).plusSeconds(3).withNano(0).toString());
        String lead = Tokens.forUser("fukushima.coordinator");
        String id = created(call(APP, SURVEYS, lead).post(Entity.json(body.toString()))).get("id").asText();
        Instant deadline = OffsetDateTime.parse(ok(call(APP, SURVEYS + "/" + id, lead).get()).get("deadline").asText())
                .toInstant();
        while (!Instant.now().isAfter(deadline)) {
            Thread.sleep(100);
        }
        Jdbi owner = PlatformStack.get().ownerJdbi().installPlugin(new SqlObjectPlugin()); // for the directory's DAOs
        EventMetadataFactory metadata = new EventMetadataFactory(Clock.systemUTC());
        SurveyDeadlines deadlines = new SurveyDeadlines(new TenantTransactions(owner),
                new SurveyAccess(new DirectoryService(owner, metadata)), new SurveyEvents(metadata),
                () -> List.of(LgCode.parse("070009")), Clock.systemUTC());

        deadlines.run();
        assertThat(deadlines.run()).as("a second run closes nothing again").isZero();

        JsonNode closed = ok(call(APP, SURVEYS + "/" + id, Tokens.forUser("bandai.staff")).get());
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("closedAt").isNull()).as("closed by its deadline, not early").isTrue();
        problem(call(APP, SURVEYS + "/" + id + "/close", lead).post(Entity.json("")), 409, "invalid-transition");
        List<SpecificRecord> events = TopicRecords.valuesOf(SurveyTopics.SURVEYS, id, 3, Duration.ofSeconds(10));
        assertThat(events).hasSize(2);
        assertThat(events.get(1)).isInstanceOfSatisfying(SurveyClosed.class, e -> {
            assertThat(e.getDeadline()).isEqualTo(deadline);
            assertThat(e.getSubmittedCount()).isZero();
            assertThat(e.getMemberCount()).isEqualTo(13);
            assertThat(e.getMeta().getActor()).isEqualTo(EventMetadataFactory.SYSTEM);
        });
    }

    @Test
    void aMalformedSpreadsheetGets400NamingEveryCellAndNothingIsWritten() throws IOException {
        String id = publish().get("id").asText();
        String aizubange = Tokens.forUser("aizubange.staff");
        long outbox = outboxRows(id);
        byte[] broken = fill(template(id, aizubange), sheet -> {
            copy(sheet, "surveys/answers/bandai.json");
            sheet.getRow(2).getCell(4).setCellValue("約45");
            sheet.getRow(1).getCell(5).setCellValue(150);
            sheet.getRow(3).getCell(0).setCellValue("tenshutsu");
        });

        JsonNode invalid = problem(slow(call(APP, SURVEYS + "/" + id + "/responses/mine", aizubange))
                .put(Entity.entity(broken, Tables.XLSX_MEDIA_TYPE)), 400, "validation-failed");

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactly("F2", "E3", "A4", "A:A");
        assertThat(invalid.get("errors").get(1).get("message").asText()).isEqualTo("数値を入力してください / enter a number");
        assertThat(invalid.get("detail").asText()).contains("E3 数値を入力してください / enter a number");
        JsonNode notAWorkbook = problem(call(APP, SURVEYS + "/" + id + "/responses/mine", aizubange)
                .put(Entity.entity("resident-certificate,2100".getBytes(StandardCharsets.UTF_8), Tables.XLSX_MEDIA_TYPE)),
                400, "validation-failed");
        assertThat(notAWorkbook.get("errors").findValuesAsText("field")).containsExactly("file");
        JsonNode badJson = problem(call(APP, SURVEYS + "/" + id + "/responses/mine", aizubange)
                .put(jsonFixture("surveys/answers/broken.json")), 400, "validation-failed");
        assertThat(badJson.get("errors")).hasSize(8);
        assertThat(responseRows(id, AIZUBANGE)).isZero();
        assertThat(outboxRows(id)).isEqualTo(outbox);
        assertThat(ok(call(APP, SURVEYS + "/" + id, aizubange).get()).at("/progress/submitted").asInt()).isZero();
    }

    @Test
    void aTownOutsideTheCollaborationFindsNoSurvey() {
        String id = publish().get("id").asText();
        String saijo = Tokens.forUser("saijo.staff");

        problem(call(APP, SURVEYS + "/" + id, saijo).get(), 404, "not-found");
        problem(call(APP, SURVEYS + "/" + id + "/results", saijo).get(), 404, "not-found");
        problem(call(APP, SURVEYS + "/" + id + "/responses", saijo).get(), 404, "not-found");
        problem(raw(id + "/template.xlsx", saijo).get(), 404, "not-found");
        problem(call(APP, SURVEYS + "/" + id + "/responses/mine", saijo)
                .put(jsonFixture("surveys/answers/bandai.json")), 404, "not-found");
        problem(call(APP, SURVEYS + "/" + id + "/close", Tokens.forUser("ehime.coordinator")).post(Entity.json("")),
                404, "not-found");
        assertThat(ok(call(APP, SURVEYS, saijo).get()).findValuesAsText("id")).doesNotContain(id);
        assertThat(ok(call(APP, SURVEYS, Tokens.forUser("bandai.staff")).get()).findValuesAsText("id")).contains(id);
        problem(call(APP, SURVEYS + "/not-a-uuid", saijo).get(), 404, "not-found");
    }

    @Test
    void onlyTheLeadDefinesASurveyAndABrokenDefinitionNamesEveryField() {
        String example = fixtureText(SurveyFixtures.EXAMPLE);
        problem(call(APP, SURVEYS, Tokens.forUser("ehime.coordinator")).post(Entity.json(example)), 403, "forbidden");
        problem(call(APP, SURVEYS, Tokens.forUser("bandai.staff")).post(Entity.json(example)), 403, "forbidden");

        JsonNode invalid = problem(call(APP, SURVEYS, Tokens.forUser("fukushima.coordinator"))
                .post(jsonFixture("surveys/broken-survey.json")), 400, "validation-failed");

        assertThat(invalid.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("deadline",
                "items[1].code", "measures[0].max", "measures[1]");
    }

    /** The shipped example with a deadline a month ahead, published by fukushima.coordinator. */
    private static JsonNode publish() {
        ObjectNode body = (ObjectNode) Json.read(fixtureText(SurveyFixtures.EXAMPLE));
        body.put("deadline", OffsetDateTime.now(ZoneOffset.ofHours(9)).plusDays(30).withNano(0).toString());
        return created(call(APP, SURVEYS, Tokens.forUser("fukushima.coordinator")).post(Entity.json(body.toString())));
    }

    private static byte[] template(String id, String token) {
        Response response = raw(id + "/template.xlsx", token).get();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).isEqualTo(Tables.XLSX_MEDIA_TYPE);
        return response.readEntity(byte[].class);
    }

    private static Invocation.Builder raw(String path, String token) {
        return slow(APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + SURVEYS + "/" + path).request()
                .header("Authorization", "Bearer " + token));
    }

    /** The first workbook a server writes or reads loads much of POI; on a busy machine that outlasts 5 s. */
    private static Invocation.Builder slow(Invocation.Builder request) {
        return request.property(ClientProperties.READ_TIMEOUT, 60_000);
    }

    /** The workbook changed as a user would change it in Excel. */
    private static byte[] fill(byte[] workbook, Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book.getSheet(SurveySheet.SHEET));
            book.write(out);
            return out.toByteArray();
        }
    }

    /** Types the answers of a fixture into the answer cells, found by the codes in column A and the headers. */
    private static void copy(Sheet sheet, String fixture) {
        JsonNode answers = Json.read(fixtureText(fixture)).get("answers");
        Row header = sheet.getRow(0);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            JsonNode item = answers.get(row.getCell(0).getStringCellValue());
            for (int c = 3; c < header.getLastCellNum(); c++) {
                String title = header.getCell(c).getStringCellValue();
                String measure = title.substring(title.lastIndexOf('[') + 1, title.length() - 1);
                row.createCell(c).setCellValue(item.get(measure).asDouble());
            }
        }
    }

    private static long responseRows(String survey, String town) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(town));
            return h.createQuery("select count(*) from survey_responses where survey_id = cast(:id as uuid)"
                    + " and tenant_code = :town").bind("id", survey).bind("town", town).mapTo(Long.class).one();
        });
    }

    /** The answers to a survey that {@code tenant} can read, under forced row-level security. */
    private static long visibleResponses(String survey, String tenant) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(tenant));
            return h.createQuery("select count(*) from survey_responses where survey_id = cast(:id as uuid)")
                    .bind("id", survey).mapTo(Long.class).one();
        });
    }

    private static long outboxRows(String survey) {
        return PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where topic = :topic and record_key = :key")
                .bind("topic", SurveyTopics.SURVEYS.name()).bind("key", survey).mapTo(Long.class).one());
    }
}
