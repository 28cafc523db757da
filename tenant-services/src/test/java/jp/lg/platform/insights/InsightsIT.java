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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.Tables;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A scripted week of expert sharing in Team Ehime (FY2032, which no other test uses) through the API on
 * real PostgreSQL, Kafka and Keycloak tokens, then read back as metrics: Saijo asks three times and
 * Niihama once, all confirmed, one Saijo visit completed; Imabari's one request is declined. In the same run,
 * applications to a Team Ehime standard procedure in Saijo and Niihama (this fiscal year), received once their
 * identity document is scanned.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class InsightsIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String REQUESTS = "/api/v1/expert-requests";
    private static final String METRICS = "/api/v1/metrics";
    private static final String SAIJO = "382060";
    private static final String NIIHAMA = "382051";
    private static final String IMABARI = "382027";
    private static final String PROCEDURE = "juminhyo-copy-ehime";
    private static final String FY = "&from=FY2032&to=FY2032";
    private static final List<String> VISIT_REQUESTS = new ArrayList<>();

    @BeforeAll
    static void aWeekOfExpertSharing() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String expert = created(call(APP, "/api/v1/experts", coordinator).post(jsonFixture("insights/expert.json")))
                .get("id").asText();
        ok(call(APP, "/api/v1/experts/" + expert + "/availability", coordinator)
                .put(jsonFixture("insights/availability.json")));
        String saijo = Tokens.forUser("saijo.staff");
        for (String day : List.of("07", "08", "09")) {
            VISIT_REQUESTS.add(submit(saijo, day));
        }
        VISIT_REQUESTS.add(submit(Tokens.forUser("niihama.staff"), "10"));
        String imabari = submit(Tokens.forUser("imabari.staff"), "11");
        ok(call(APP, REQUESTS + "/" + imabari + "/decline", coordinator).post(jsonFixture("experts/requests/decline.json")));
        for (String id : VISIT_REQUESTS) {
            ok(call(APP, REQUESTS + "/" + id + "/triage", coordinator).post(null));
        }
        Response started = call(APP, "/api/v1/schedules", coordinator).post(jsonFixture("insights/first-june-week-2032.json"));
        assertThat(started.getStatus()).isEqualTo(202);
        String schedule = started.getLocation().getPath().replaceAll(".*/", "");
        started.close();
        awaitProposed(schedule, coordinator);
        ok(call(APP, "/api/v1/schedules/" + schedule + "/confirm", coordinator).post(Entity.json("{}")));
        String first = VISIT_REQUESTS.get(0);
        String assigned = ok(call(APP, REQUESTS + "/" + first, coordinator).get()).get("assignedExpertId").asText();
        String username = ok(call(APP, "/api/v1/experts/" + assigned, coordinator).get()).get("username").asText();
        ok(call(APP, REQUESTS + "/" + first + "/report", Tokens.forUser(username))
                .post(jsonFixture("experts/requests/report.json")));
        aWeekOfApplications();
    }

    /**
     * Ehime publishes a standard procedure for Team Ehime, Saijo and Niihama adopt it; Saijo takes three applications
     * at the counter and one online, Niihama one at the counter; Saijo receives all of its four and returns one.
     */
    static void aWeekOfApplications() {
        created(call(APP, "/api/v1/procedures", Tokens.forUser("ehime.coordinator"))
                .post(jsonFixture("insights/procedure-ehime.json")));
        String saijo = Tokens.forUser("saijo.staff");
        String niihama = Tokens.forUser("niihama.staff");
        for (String staff : List.of(saijo, niihama)) {
            created(call(APP, "/api/v1/procedures/" + PROCEDURE + "/adoptions", staff)
                    .post(jsonFixture("procedures/adoptions/as-is.json")));
        }
        List<String> applications = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            applications.add(counter(saijo));
        }
        counter(niihama);
        created(call(APP, "/public/v1/" + SAIJO + "/procedures/" + PROCEDURE + "/applications", null)
                .post(jsonFixture("procedures/applications/online-certificate.json")));
        for (JsonNode listed : ok(call(APP, "/api/v1/applications?procedure=" + PROCEDURE + "&limit=50", saijo).get())) {
            if (listed.get("channel").asText().equals("ONLINE")) {
                applications.add(listed.get("id").asText());
            }
        }
        byte[] scan = DatasetRowsTest.resource("procedures/files/identity-card.png");
        for (String id : applications) {
            created(call(APP, "/api/v1/applications/" + id + "/attachments?code=identity-document&filename=scan.png", saijo)
                    .post(Entity.entity(scan, "image/png")));
            ok(call(APP, "/api/v1/applications/" + id + "/transitions", saijo)
                    .post(jsonFixture("procedures/applications/to-received.json")));
        }
        ok(call(APP, "/api/v1/applications/" + applications.get(0) + "/transitions", saijo)
                .post(jsonFixture("procedures/applications/to-returned.json")));
    }

    private static String counter(String staff) {
        return created(call(APP, "/api/v1/applications", staff).post(Entity.json(
                PlatformApp.fixtureText("procedures/applications/counter-certificate.json")
                        .replace("resident-certificate-copy", PROCEDURE)))).get("id").asText();
    }

    @Test
    void aWeekOfApplicationsGivesApplicationsOnlineShareReturnsAndStageTimesPerTown() {
        String analyst = Tokens.forUser("ehime.analyst");
        String year = "&from=FY" + FiscalYear.current(java.time.Clock.systemUTC()).startYear() + "&to=FY"
                + FiscalYear.current(java.time.Clock.systemUTC()).startYear();

        JsonNode applications = await(analyst, "procedure-applications", "?scope=collaboration&code=team-ehime" + year,
                v -> total(v).path("value").asInt() == 5);
        assertThat(row(applications, NIIHAMA).get("suppressed").asText()).isEqualTo("< 3");
        assertThat(row(applications, SAIJO).get("suppressed").asText()).as("or 5 − 4 gives Niihama's 1 away")
                .isEqualTo("< 3");
        assertThat(total(ok(call(APP, METRICS + "/procedure-applications/values?scope=municipality&code=" + SAIJO + year,
                analyst).get())).get("value").asInt()).isEqualTo(4);
        JsonNode online = ok(call(APP, METRICS + "/procedure-applications-online-share/values?scope=municipality&code="
                + SAIJO + year, analyst).get());
        assertThat(total(online).get("value").decimalValue()).isEqualByComparingTo("25.0");
        JsonNode counterOnly = ok(call(APP, METRICS + "/procedure-applications/values?scope=municipality&code=" + SAIJO
                + "&channel=COUNTER" + year, analyst).get());
        assertThat(total(counterOnly).get("value").asInt()).isEqualTo(3);
        JsonNode returns = await(analyst, "procedure-returns", "?scope=municipality&code=" + SAIJO + year,
                v -> total(v).path("suppressed").asText().equals("< 3"));
        assertThat(total(returns).get("value").isNull()).as("one return is a small count").isTrue();
        JsonNode applied = await(analyst, "procedure-stage-hours-median", "?scope=municipality&code=" + SAIJO
                + "&stage=APPLIED" + year, v -> !total(v).path("value").isNull());
        assertThat(total(applied).get("value").asInt()).as("received within the hour").isZero();
        problem(call(APP, METRICS + "/procedure-applications/values?scope=municipality&code=" + SAIJO + "&specialty=x"
                + year, analyst).get(), 400, "validation-failed");
    }

    @Test
    void ehimesAnalystSeesEveryTownOfTeamEhimeByNameWithSmallCountsSuppressed() {
        String analyst = Tokens.forUser("ehime.analyst");

        JsonNode requests = await(analyst, "expert-requests", "?scope=collaboration&code=team-ehime" + FY,
                v -> total(v).path("value").asInt() == 5);
        assertThat(requests.get("rows")).hasSize(20).allSatisfy(r -> assertThat(r.get("named").asBoolean()).isTrue());
        assertThat(row(requests, SAIJO).get("name").asText()).isEqualTo("西条市");
        assertThat(row(requests, SAIJO).get("value").asInt()).isEqualTo(3);
        assertThat(row(requests, NIIHAMA).get("suppressed").asText()).isEqualTo("< 3");
        assertThat(row(requests, NIIHAMA).get("value").isNull()).isTrue();
        assertThat(row(requests, IMABARI).get("suppressed").asText()).isEqualTo("< 3");
        assertThat(row(requests, "382019").get("value").asInt()).as("Matsuyama asked nothing").isZero();

        JsonNode confirmed = await(analyst, "expert-visits-confirmed", "?scope=collaboration&code=team-ehime" + FY,
                v -> total(v).path("value").asInt() == 4);
        assertThat(row(confirmed, NIIHAMA).get("suppressed").asText()).isEqualTo("< 3");
        assertThat(row(confirmed, SAIJO).get("suppressed").asText())
                .as("Saijo's 3 is hidden too, or 4 − 3 would give Niihama's 1 away").isEqualTo("< 3");

        JsonNode completed = await(analyst, "expert-visits-completed", "?scope=collaboration&code=team-ehime" + FY,
                v -> row(v, SAIJO).path("suppressed").asText().equals("< 3"));
        assertThat(total(completed).get("suppressed").asText()).as("the total is Saijo's single visit").isEqualTo("< 3");

        JsonNode share = await(analyst, "expert-requests-served-share", "?scope=collaboration&code=team-ehime" + FY,
                v -> total(v).path("value").asDouble() == 80.0);
        assertThat(row(share, SAIJO).get("value").asDouble()).isEqualTo(100.0);

        JsonNode median = await(analyst, "expert-request-to-visit-days-median",
                "?scope=collaboration&code=team-ehime&from=2032-06&to=2032-06", v -> !total(v).path("value").isNull());
        assertThat(total(median).get("value").asLong()).isEqualTo(nearestRank(expectedDays(), 0.5));
        JsonNode p90 = ok(call(APP, METRICS + "/expert-request-to-visit-days-p90/values"
                + "?scope=prefecture&code=380008&from=2032-06&to=2032-06", analyst).get());
        assertThat(total(p90).get("value").asLong()).isEqualTo(nearestRank(expectedDays(), 0.9));
    }

    @Test
    void saijosAnalystSeesSaijoByNameAndItsPeersUnderPseudonyms() {
        String analyst = Tokens.forUser("saijo.analyst");

        JsonNode values = await(analyst, "expert-requests", "?scope=collaboration&code=team-ehime" + FY,
                v -> total(v).path("value").asInt() == 5);
        assertThat(row(values, SAIJO).get("value").asInt()).isEqualTo(3);
        List<JsonNode> others = new ArrayList<>();
        values.get("rows").forEach(r -> {
            if (!r.get("group").asText().equals(SAIJO)) {
                others.add(r);
            }
        });
        assertThat(others).hasSize(19).allSatisfy(r -> {
            assertThat(r.get("named").asBoolean()).isFalse();
            assertThat(r.get("name").isNull()).isTrue();
            assertThat(r.get("population").isNull()).isTrue();
            assertThat(r.get("group").asText()).matches("匿名-[0-9A-F]{8}");
        });
        assertThat(others).filteredOn(r -> r.path("suppressed").asText().equals("< 3")).hasSize(2);

        JsonNode peers = ok(call(APP, METRICS + "/expert-requests/peers?municipality=" + SAIJO + FY, analyst).get());
        assertThat(peers.at("/municipality/name").asText()).isEqualTo("西条市");
        assertThat(peers.at("/municipality/values/0/value").asInt()).isEqualTo(3);
        assertThat(peers.get("peers")).hasSize(5).allSatisfy(p -> assertThat(p.get("named").asBoolean()).isFalse());
        assertThat(peers.get("peers")).allSatisfy(p -> {
            assertThat(p.get("rank").isNull()).as("a rank by population would name the town").isTrue();
            assertThat(p.get("population").isNull()).isTrue();
            assertThat(p.get("populationBand").asText()).matches("[0-9a-z-]+");
        });
        JsonNode two = ok(call(APP, METRICS + "/expert-requests/peers?municipality=" + SAIJO + "&count=2" + FY, analyst)
                .get());
        assertThat(two.get("peers")).as("the 2 nearest towns by population are public: their values would name them")
                .hasSize(2).allSatisfy(p -> assertThat(p.get("values")).isNotEmpty().allSatisfy(v -> {
                    assertThat(v.get("value").isNull()).isTrue();
                    assertThat(v.get("suppressed").asText()).isEqualTo("< 3");
                }));
        JsonNode perCapita = ok(call(APP, METRICS + "/expert-requests/values?scope=collaboration&code=team-ehime"
                + "&per=per10000" + FY, analyst).get());
        assertThat(row(perCapita, SAIJO).get("value").decimalValue()).isEqualByComparingTo("0.29");
        assertThat(others(perCapita)).hasSize(19).allSatisfy(r -> {
            assertThat(r.get("value").isNull()).as("raw ÷ per 10,000 would give the population").isTrue();
            assertThat(r.get("suppressed").asText()).isIn("匿名", "< 3");
        });
        JsonNode bands = ok(call(APP, METRICS + "/expert-requests/values?scope=collaboration&code=team-ehime"
                + "&groupBy=populationBand" + FY, analyst).get());
        assertThat(bands.get("rows")).extracting(r -> r.get("group").asText())
                .as("Matsuyama, alone over 300,000, shares a range").doesNotContain("300k-and-over");
        JsonNode again = ok(call(APP, METRICS + "/expert-requests/peers?municipality=" + SAIJO + FY, analyst).get());
        assertThat(groups(again)).as("pseudonyms are stable").isEqualTo(groups(peers));
        problem(call(APP, METRICS + "/expert-requests/values?scope=municipality&code=" + NIIHAMA + FY, analyst).get(),
                403, "forbidden");
    }

    @Test
    void fukushimasAnalystAskingForEhimeTownsIsForbidden() {
        String analyst = Tokens.forUser("fukushima.analyst");

        for (String query : List.of("?scope=prefecture&code=380008", "?scope=municipality&code=" + SAIJO,
                "?scope=collaboration&code=team-ehime")) {
            problem(call(APP, METRICS + "/expert-requests/values" + query + FY, analyst).get(), 403, "forbidden");
        }
        problem(call(APP, METRICS + "/expert-requests/peers?municipality=" + SAIJO + FY, analyst).get(), 403, "forbidden");
        assertThat(ok(call(APP, METRICS + "/expert-requests/values?scope=collaboration&code=aizu" + FY, analyst).get())
                .get("rows")).hasSize(13);
    }

    @Test
    void aTownThatOptsInToOpenComparisonIsNamedToOtherTownsAnalysts() {
        String fukushima = Tokens.forUser("fukushima.analyst");
        String saijo = Tokens.forUser("saijo.analyst");
        String peersOfAizuwakamatsu = METRICS + "/expert-requests/peers?municipality=072028" + FY;
        assertThat(named(ok(call(APP, peersOfAizuwakamatsu, fukushima).get()))).doesNotContain("西条市");

        JsonNode open = ok(call(APP, METRICS + "/open-comparison", saijo).put(jsonFixture("insights/open.json")));
        try {
            assertThat(open.get("open").asBoolean()).isTrue();
            assertThat(open.get("municipalityCode").asText()).isEqualTo(SAIJO);
            assertThat(named(ok(call(APP, peersOfAizuwakamatsu, fukushima).get()))).contains("西条市");
            assertThat(ok(call(APP, METRICS + "/open-comparison", saijo).get()).get("open").asBoolean()).isTrue();
        } finally {
            ok(call(APP, METRICS + "/open-comparison", saijo).put(jsonFixture("insights/closed.json")));
        }
        assertThat(named(ok(call(APP, peersOfAizuwakamatsu, fukushima).get()))).doesNotContain("西条市");
        problem(call(APP, METRICS + "/open-comparison", Tokens.forUser("saijo.staff")).put(jsonFixture("insights/open.json")),
                403, "forbidden");
    }

    @Test
    void valuesComeAsCsvForExcelAndPerTenThousandResidents() {
        String analyst = Tokens.forUser("ehime.analyst");
        await(analyst, "expert-requests", "?scope=collaboration&code=team-ehime" + FY, v -> total(v).path("value").asInt() == 5);

        Response csv = APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + METRICS
                        + "/expert-requests/values?scope=collaboration&code=team-ehime" + FY)
                .request("text/csv").header("Authorization", "Bearer " + analyst).get();
        byte[] bytes = csv.readEntity(byte[].class);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF指標,期間,区分,名称,人口,値,単位,秘匿");
        assertThat(text).contains("expert-requests,FY2032,382060,西条市,104474,3,件,\n",
                "expert-requests,FY2032,382051,新居浜市,114070,,件,\"< 3\"\n");

        Response xlsx = APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + METRICS
                        + "/expert-requests/values?scope=collaboration&code=team-ehime" + FY)
                .request(Tables.XLSX_MEDIA_TYPE).header("Authorization", "Bearer " + analyst).get();
        assertThat(xlsx.getStatus()).isEqualTo(200);
        assertThat(xlsx.getHeaderString("Content-Disposition")).contains("expert-requests-FY2032-FY2032.xlsx");
        List<Tables.SheetRow> sheet = Tables.readXlsx(new java.io.ByteArrayInputStream(xlsx.readEntity(byte[].class)),
                null, 100);
        assertThat(sheet.get(0).cells()).extracting(Tables.SheetCell::text)
                .containsExactly("指標", "期間", "区分", "名称", "人口", "値", "単位", "秘匿");
        assertThat(sheet).filteredOn(r -> "382060".equals(r.cell(2).text())).singleElement()
                .satisfies(r -> assertThat((java.math.BigDecimal) r.cell(5).value()).isEqualByComparingTo("3"));
        Response peers = APP.client().target("http://127.0.0.1:" + APP.getLocalPort() + METRICS
                        + "/expert-requests/peers?municipality=" + SAIJO + FY)
                .request("text/csv").header("Authorization", "Bearer " + analyst).get();
        assertThat(peers.readEntity(String.class).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFF指標,順位,区分,名称,人口,人口規模,期間,値,単位,秘匿");

        JsonNode perCapita = ok(call(APP, METRICS + "/expert-requests/values?scope=municipality&code=" + SAIJO
                + "&per=per10000" + FY, analyst).get());
        assertThat(perCapita.at("/rows/0/value").decimalValue()).isEqualByComparingTo("0.29");
    }

    @Test
    void badParametersAreNamedUnknownMetricsAreNotFoundAndStaffAreForbidden() {
        String analyst = Tokens.forUser("ehime.analyst");

        JsonNode bad = problem(call(APP, METRICS + "/expert-request-to-visit-days-median/values?scope=region&from=2032-13"
                + "&to=FY2032&per=per10000&groupBy=colour", analyst).get(), 400, "validation-failed");
        assertThat(bad.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("scope", "code", "from", "groupBy", "per");
        JsonNode mixed = problem(call(APP, METRICS + "/expert-requests/values?scope=prefecture&code=380008&from=2032-04"
                + "&to=FY2032", analyst).get(), 400, "validation-failed");
        assertThat(mixed.at("/errors/0/field").asText()).isEqualTo("to");
        problem(call(APP, METRICS + "/no-such-metric/values?scope=prefecture&code=380008" + FY, analyst).get(),
                404, "not-found");
        problem(call(APP, METRICS + "/expert-requests/values?scope=collaboration&code=nowhere" + FY, analyst).get(),
                404, "not-found");
        problem(call(APP, METRICS, Tokens.forUser("saijo.staff")).get(), 403, "forbidden");
    }

    @Test
    void theCatalogueDefinesEveryMetricInJapaneseAndEnglishWithItsLastUpdate() {
        String analyst = Tokens.forUser("saijo.analyst");
        await(analyst, "expert-requests", "?scope=municipality&code=" + SAIJO + FY, v -> total(v).path("value").asInt() == 3);

        JsonNode items = ok(call(APP, METRICS, analyst).get()).get("items");

        List<JsonNode> fromEvents = new ArrayList<>();
        items.forEach(m -> {
            if (m.get("source").asText().startsWith("event-stream:")) {
                fromEvents.add(m);
            }
        });
        assertThat(fromEvents).extracting(m -> m.get("id").asText()).containsExactly("expert-requests",
                "expert-requests-served-share", "expert-visits-confirmed", "expert-visits-completed",
                "expert-request-to-visit-days-median", "expert-request-to-visit-days-p90",
                "inquiry-answer-hours-median", "inquiry-answer-hours-p90",
                "announcement-acknowledgement-hours-median", "announcement-acknowledgement-hours-p90",
                "inquiry-answer-rate", "announcement-acknowledgement-rate", "procedure-applications", "procedure-applications-online-share", "procedure-returns",
                "procedure-sla-breaches", "procedure-stage-hours-median", "procedure-stage-hours-p90");
        assertThat(items.get(6).get("source").asText()).isEqualTo("event-stream:lg.messaging.messages");
        assertThat(items.get(0).get("definitionJa").asText()).contains("第1希望日");
        assertThat(items.get(0).get("source").asText()).isEqualTo("event-stream:lg.experts.requests");
        assertThat(items.get(0).get("granularity")).extracting(JsonNode::asText).containsExactly("month", "fiscal-year");
        assertThat(Instant.parse(items.get(0).get("lastUpdate").asText())).isAfter(Instant.now().minus(Duration.ofHours(1)));
        assertThat(items).filteredOn(m -> m.get("id").asText().equals("population.residents")).singleElement()
                .satisfies(m -> assertThat(m.get("source").asText()).isEqualTo("dataset:population"));
    }

    private static String submit(String staff, String day) {
        return created(call(APP, REQUESTS, staff).post(jsonFixture("insights/visit-2032-06-" + day + ".json")))
                .get("id").asText();
    }

    /** Days from submission to visit of each confirmed request, as its events on the topic say. */
    private static List<Long> expectedDays() {
        List<Long> days = new ArrayList<>();
        for (String id : VISIT_REQUESTS) {
            List<SpecificRecord> events = TopicRecords.valuesOf(ExpertTopics.REQUESTS, id, 4, Duration.ofSeconds(30));
            Instant submitted = ((ExpertRequestSubmitted) events.get(0)).getMeta().getOccurredAt();
            Instant visit = events.stream().filter(e -> e instanceof ExpertRequestStatusChanged c
                            && c.getTransition().equals("confirm"))
                    .map(e -> ((ExpertRequestStatusChanged) e).getVisitStart()).findFirst().orElseThrow();
            days.add(ChronoUnit.DAYS.between(LocalDate.ofInstant(submitted, FiscalYear.TOKYO),
                    LocalDate.ofInstant(visit, FiscalYear.TOKYO)));
        }
        return days;
    }

    private static long nearestRank(List<Long> values, double p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    private static JsonNode await(String token, String metric, String query, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            JsonNode values = ok(call(APP, METRICS + "/" + metric + "/values" + query, token).get());
            if (done.test(values) || Instant.now().isAfter(deadline)) {
                return values;
            }
            sleep(250);
        }
    }

    private static void awaitProposed(String schedule, String coordinator) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (ok(call(APP, "/api/v1/schedules/" + schedule, coordinator).get()).get("status").asText().equals("SOLVING")
                && Instant.now().isBefore(deadline)) {
            sleep(500);
        }
    }

    private static JsonNode row(JsonNode values, String group) {
        for (JsonNode row : values.get("rows")) {
            if (row.get("group").asText().equals(group)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + group + " in " + values);
    }

    private static JsonNode total(JsonNode values) {
        return values.get("totals").get(0);
    }

    private static List<JsonNode> others(JsonNode values) {
        List<JsonNode> others = new ArrayList<>();
        values.get("rows").forEach(r -> {
            if (!r.get("group").asText().equals(SAIJO)) {
                others.add(r);
            }
        });
        return others;
    }

    private static List<String> groups(JsonNode peers) {
        List<String> groups = new ArrayList<>();
        peers.get("peers").forEach(p -> groups.add(p.get("group").asText()));
        return groups;
    }

    private static List<String> named(JsonNode peers) {
        List<String> names = new ArrayList<>();
        peers.get("peers").forEach(p -> names.add(p.path("name").asText()));
        return names;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
