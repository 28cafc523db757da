package jp.lg.platform.insights;

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
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.web.Tables;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Datasets through the API on real PostgreSQL and Keycloak tokens: Ehime's analyst declares the example ふるさと納税
 * dataset and imports it (CSV and .xlsx), its measures become metrics read under the same visibility and
 * suppression rules; a file with errors writes nothing; other tenants cannot change it. Each test uses its own
 * dataset id.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DatasetIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String DATASETS = "/api/v1/datasets/";
    private static final String METRICS = "/api/v1/metrics/";
    private static final String SAIJO = "382060";
    private static final String KAMIJIMA = "383562";
    private static final String TEAM_EHIME_FY2024 = "/values?scope=collaboration&code=team-ehime&from=FY2024&to=FY2024";

    @Test
    void theSameFileImportsOnceAChangedOneBecomesTheNextVersionAndTheOldStaysQueryable() {
        String analyst = Tokens.forUser("ehime.analyst");
        String id = declare(analyst);
        byte[] file = DatasetRowsTest.bytes("furusato-nozei-ehime.csv");

        JsonNode first = created(upload(analyst, id, file, "text/csv"));
        JsonNode again = ok(upload(analyst, id, file, "text/csv"));
        byte[] changed = new String(file, StandardCharsets.UTF_8).replace("98400000", "99900000")
                .getBytes(StandardCharsets.UTF_8);
        JsonNode second = created(upload(analyst, id, changed, "text/csv"));

        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(first.get("rows").asInt()).isEqualTo(12);
        assertThat(again.get("version").asInt()).as("the same content imports once").isEqualTo(1);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(ok(call(APP, DATASETS + id + "/versions", analyst).get()).get("items")).hasSize(2);
        JsonNode latest = ok(call(APP, METRICS + id + ".amount" + TEAM_EHIME_FY2024, analyst).get());
        JsonNode old = ok(call(APP, METRICS + id + ".amount" + TEAM_EHIME_FY2024 + "&version=1", analyst).get());
        assertThat(row(latest, SAIJO).get("value").decimalValue()).isEqualByComparingTo("161400000");
        assertThat(row(old, SAIJO).get("value").decimalValue()).isEqualByComparingTo("159900000");
        assertThat(ok(call(APP, DATASETS + id + "/rows?version=1", analyst).get()).get("rows")).hasSize(24);
        problem(call(APP, DATASETS + id + "/rows?version=3", analyst).get(), 404, "not-found");
    }

    @Test
    void rowsComeAPageAtATimeInFileOrderAndACursorWeDidNotIssueIsAProblem() {
        String analyst = Tokens.forUser("ehime.analyst");
        String id = declare(analyst);
        created(upload(analyst, id, DatasetRowsTest.bytes("furusato-nozei-ehime.csv"), "text/csv"));
        JsonNode all = ok(call(APP, DATASETS + id + "/rows", analyst).get());

        List<JsonNode> paged = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = ok(call(APP, DATASETS + id + "/rows?limit=10" + cursor, analyst).get());
            page.get("rows").forEach(paged::add);
            sizes.add(page.get("rows").size());
            cursor = page.hasNonNull("nextCursor") ? "&cursor=" + page.get("nextCursor").asText() : null;
        } while (cursor != null);

        assertThat(all.get("nextCursor").isNull()).isTrue();
        assertThat(sizes).containsExactly(10, 10, 4);
        List<JsonNode> whole = new ArrayList<>();
        all.get("rows").forEach(whole::add);
        assertThat(paged).isEqualTo(whole);
        assertThat(problem(call(APP, DATASETS + id + "/rows?cursor=bm90LWEtY3Vyc29y", analyst).get(), 400,
                "validation-failed").at("/errors/0/field").asText()).isEqualTo("cursor");
        problem(call(APP, DATASETS + id + "/rows?limit=0", analyst).get(), 400, "validation-failed");
    }

    @Test
    void aFileLargerThanTheServersBodyLimitImports() {
        String analyst = Tokens.forUser("ehime.analyst");
        String id = declare(analyst);
        String comment = "# " + "注記".repeat(40) + "\n";
        byte[] file = (comment.repeat(1_000) + new String(DatasetRowsTest.bytes("furusato-nozei-ehime.csv"),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);

        assertThat(file.length).as("over the 64 KiB of the test server").isGreaterThan(200 * 1024);
        assertThat(created(upload(analyst, id, file, "text/csv")).get("rows").asInt()).isEqualTo(12);
    }

    @Test
    void measuresAreMetricsWithTheSameSuppressionAndPseudonymsAsEventMetrics() {
        String ehime = Tokens.forUser("ehime.analyst");
        String id = declare(ehime);
        created(upload(ehime, id, DatasetRowsTest.bytes("furusato-nozei-ehime.csv"), "text/csv"));

        JsonNode catalogue = ok(call(APP, "/api/v1/metrics", ehime).get()).get("items");
        JsonNode amount = find(catalogue, id + ".amount");
        assertThat(amount.get("source").asText()).isEqualTo("dataset:" + id);
        assertThat(amount.get("unitJa").asText()).isEqualTo("円");
        assertThat(amount.get("dimensions")).extracting(JsonNode::asText).containsExactly("purpose");
        JsonNode childcare = ok(call(APP, METRICS + id + ".donations" + TEAM_EHIME_FY2024 + "&purpose="
                + URLEncoder.encode("子育て支援", StandardCharsets.UTF_8),
                ehime).get());
        assertThat(row(childcare, KAMIJIMA).get("suppressed").asText()).isEqualTo("< 3");
        assertThat(row(childcare, SAIJO).get("value").asLong()).isEqualTo(5210);
        assertThat(row(childcare, "384224").get("suppressed").asText())
                .as("Uchiko's 410, the smallest other part, hides Kamijima's 2 from the total").isEqualTo("< 3");

        String saijo = Tokens.forUser("saijo.analyst");
        JsonNode seen = ok(call(APP, METRICS + id + ".amount" + TEAM_EHIME_FY2024 + "&per=per10000", saijo).get());
        assertThat(row(seen, SAIJO).get("value").decimalValue()).isEqualByComparingTo("15305243.41");
        List<JsonNode> others = new ArrayList<>();
        seen.get("rows").forEach(r -> {
            if (!r.get("named").asBoolean()) {
                others.add(r);
            }
        });
        assertThat(others).hasSize(19).allSatisfy(r -> assertThat(r.get("suppressed").asText()).isEqualTo("匿名"));
        problem(call(APP, METRICS + id + ".amount" + TEAM_EHIME_FY2024 + "&colour=red", ehime).get(), 400,
                "validation-failed");
        problem(call(APP, METRICS + "expert-requests" + TEAM_EHIME_FY2024 + "&version=1", ehime).get(), 400,
                "validation-failed");
    }

    @Test
    void aFileWithErrorsGetsEveryErrorWithItsLineAndWritesNothing() {
        String analyst = Tokens.forUser("ehime.analyst");
        String id = declare(analyst);

        JsonNode refused = problem(upload(analyst, id, DatasetRowsTest.bytes("furusato-nozei-errors.csv"), "text/csv"),
                400, "validation-failed");

        assertThat(refused.get("errors")).extracting(e -> e.get("field").asText()).containsExactly(
                "line 4 (団体コード)", "line 5 (団体コード)", "line 6 (受入額（円）)", "line 7");
        assertThat(ok(call(APP, DATASETS + id + "/versions", analyst).get()).get("items")).isEmpty();
        problem(call(APP, METRICS + id + ".amount" + TEAM_EHIME_FY2024, analyst).get(), 404, "not-found");
        problem(upload(analyst, id, "not a workbook".getBytes(StandardCharsets.UTF_8), Tables.XLSX_MEDIA_TYPE), 400,
                "validation-failed");
        assertThat(ok(call(APP, DATASETS + id + "/versions", analyst).get()).get("items")).isEmpty();
    }

    @Test
    void anXlsxImportsWithExcelRowNumbers() {
        String analyst = Tokens.forUser("ehime.coordinator");
        String id = declare(analyst);
        byte[] workbook = Tables.xlsx(new Tables.Table("受入実績", List.of("団体コード", "年度", "使途", "受入件数", "受入額（円）"),
                List.of(List.of(SAIJO, "令和6年度", "子育て支援", new BigDecimal("5210"), new BigDecimal("98400000")),
                        List.of(new BigDecimal(KAMIJIMA), new BigDecimal("2024"), "まちづくり", new BigDecimal("180"),
                                new BigDecimal("2700000")))));

        JsonNode version = created(upload(analyst, id, workbook, Tables.XLSX_MEDIA_TYPE));

        assertThat(version.get("format").asText()).isEqualTo("xlsx");
        JsonNode rows = ok(call(APP, DATASETS + id + "/rows", analyst).get()).get("rows");
        assertThat(rows).extracting(r -> r.get("line").asInt()).containsExactly(2, 2, 3, 3);
        assertThat(rows.get(2).get("municipalityCode").asText()).isEqualTo(KAMIJIMA);
        assertThat(rows.get(0).get("period").asText()).isEqualTo("FY2024");
    }

    @Test
    void onlyThePrefectureThatKeepsADatasetDeclaresImportsAndReadsItsRows() {
        String ehime = Tokens.forUser("ehime.analyst");
        String id = declare(ehime);
        created(upload(ehime, id, DatasetRowsTest.bytes("furusato-nozei-ehime.csv"), "text/csv"));
        String fukushima = Tokens.forUser("fukushima.analyst");

        problem(call(APP, DATASETS + id, fukushima).put(jsonFixture("insights/datasets/furusato-nozei-shape.json")), 403,
                "forbidden");
        problem(upload(fukushima, id, DatasetRowsTest.bytes("furusato-nozei-ehime.csv"), "text/csv"), 403, "forbidden");
        problem(call(APP, DATASETS + id + "/rows", fukushima).get(), 403, "forbidden");
        problem(call(APP, DATASETS + "mine", Tokens.forUser("saijo.analyst"))
                .put(jsonFixture("insights/datasets/furusato-nozei-shape.json")), 403, "forbidden");
        problem(call(APP, DATASETS, Tokens.forUser("saijo.staff")).get(), 403, "forbidden");
        problem(upload(ehime, "no-such-dataset", DatasetRowsTest.bytes("furusato-nozei-ehime.csv"), "text/csv"), 404,
                "not-found");
        JsonNode bad = problem(call(APP, DATASETS + "Bad_Id", ehime).put(Entity.json("{\"period\":\"week\"}")), 400,
                "validation-failed");
        assertThat(bad.get("errors")).extracting(e -> e.get("field").asText())
                .contains("id", "nameJa", "municipalityColumn", "period", "measures");
        assertThat(ok(call(APP, DATASETS + id + "/versions", ehime).get()).get("items")).hasSize(1);
        assertThat(ok(call(APP, DATASETS, fukushima).get()).get("items")).extracting(d -> d.get("id").asText())
                .contains("population", id);
    }

    @Test
    void populationFromTheDirectoryIsABuiltInDatasetThatNamesNoPseudonymisedTown() {
        String query = METRICS + "population.residents/values?scope=collaboration&code=team-ehime&from=FY2023&to=FY2023";

        JsonNode ehime = ok(call(APP, query, Tokens.forUser("ehime.analyst")).get());
        JsonNode saijo = ok(call(APP, query, Tokens.forUser("saijo.analyst")).get());

        assertThat(row(ehime, SAIJO).get("value").asLong()).isEqualTo(104_474);
        assertThat(row(ehime, KAMIJIMA).get("value").asLong()).isEqualTo(6_180);
        assertThat(row(saijo, SAIJO).get("value").asLong()).isEqualTo(104_474);
        saijo.get("rows").forEach(r -> {
            if (!r.get("named").asBoolean()) {
                assertThat(r.get("value").isNull()).isTrue();
                assertThat(r.get("suppressed").asText()).isEqualTo("匿名");
            }
        });
    }

    private static String declare(String token) {
        String id = "furusato-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode declared = ok(call(APP, DATASETS + id, token).put(jsonFixture("insights/datasets/furusato-nozei-shape.json")));
        assertThat(declared.get("metrics")).extracting(JsonNode::asText).containsExactly(id + ".donations", id + ".amount");
        return id;
    }

    private static Response upload(String token, String id, byte[] file, String type) {
        return call(APP, DATASETS + id + "/versions?filename=furusato.csv", token).post(Entity.entity(file, type));
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + items);
    }

    private static JsonNode row(JsonNode values, String group) {
        for (JsonNode row : values.get("rows")) {
            if (row.get("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + group + " in " + values);
    }
}
