package jp.lg.platform.experts;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expert requests through the API on real PostgreSQL, Kafka and Keycloak tokens. Each test uses its own town. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ExpertRequestIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String REQUESTS = "/api/v1/expert-requests";
    private static final String EHIME = "380008";

    @Test
    void saijoSubmitsTheCoordinatorTriagesAndDeclinesAndTheEventsArriveInOrder() {
        String saijo = Tokens.forUser("saijo.staff");
        String coordinator = Tokens.forUser("ehime.coordinator");

        JsonNode submitted = created(call(APP, REQUESTS, saijo).post(jsonFixture("experts/requests/team-ehime-visit.json")));
        String id = submitted.get("id").asText();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.get("municipalityCode").asText()).isEqualTo("382060");
        assertThat(submitted.get("fiscalYear").asInt()).isEqualTo(2030);
        assertThat(submitted.at("/preferredWindows/0/start").asText()).isEqualTo("2030-05-13T10:00:00+09:00");

        assertThat(ok(call(APP, REQUESTS + "/" + id, coordinator).get()).get("topic").asText()).isEqualTo("窓口手続きのUI改善");
        assertThat(ok(call(APP, REQUESTS + "/" + id + "/triage", coordinator).post(null)).get("status").asText())
                .isEqualTo("TRIAGED");
        JsonNode again = problem(call(APP, REQUESTS + "/" + id + "/triage", coordinator).post(null), 409, "invalid-transition");
        assertThat(again.get("detail").asText()).contains("TRIAGED");
        JsonNode declined = ok(call(APP, REQUESTS + "/" + id + "/decline", coordinator)
                .post(jsonFixture("experts/requests/decline.json")));
        assertThat(declined.get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.get("reason").asText()).isEqualTo("今年度の専門官の日程が埋まっているため");

        List<SpecificRecord> events = TopicRecords.valuesOf(ExpertTopics.REQUESTS, id, 3, Duration.ofSeconds(30));
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isInstanceOfSatisfying(ExpertRequestSubmitted.class, e -> {
            assertThat(e.getMunicipalityCode()).isEqualTo("382060");
            assertThat(e.getMeta().getTenantCode()).isEqualTo("382060");
        });
        assertThat(events.subList(1, 3)).allSatisfy(e -> assertThat(e).isInstanceOf(ExpertRequestStatusChanged.class));
        assertThat(events.subList(1, 3)).extracting(e -> ((ExpertRequestStatusChanged) e).getToStatus())
                .containsExactly("TRIAGED", "DECLINED");
        assertThat(((ExpertRequestStatusChanged) events.get(2)).getReason()).isEqualTo("今年度の専門官の日程が埋まっているため");
    }

    @Test
    void anotherTownsStaffAnotherPrefecturesCoordinatorAndAnUnassignedExpertGetNotFound() {
        String id = created(call(APP, REQUESTS, Tokens.forUser("saijo.staff"))
                .post(jsonFixture("experts/requests/team-ehime-visit.json"))).get("id").asText();
        String uwajima = Tokens.forUser("uwajima.staff");

        problem(call(APP, REQUESTS + "/" + id, uwajima).get(), 404, "not-found");
        problem(call(APP, REQUESTS + "/" + id + "/cancel", uwajima).post(jsonFixture("experts/requests/decline.json")),
                404, "not-found");
        problem(call(APP, REQUESTS + "/" + id, Tokens.forUser("fukushima.coordinator")).get(), 404, "not-found");
        problem(call(APP, REQUESTS + "/" + id, Tokens.forUser("expert.pr-marketing")).get(), 404, "not-found");
        assertThat(ids(ok(call(APP, REQUESTS + "?limit=200", uwajima).get()))).doesNotContain(id);
        assertThat(ids(ok(call(APP, REQUESTS + "?limit=200", Tokens.forUser("saijo.staff")).get()))).contains(id);
        assertThat(ok(call(APP, REQUESTS + "/" + id, Tokens.forUser("saijo.staff")).get()).get("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theFourthInformatizationRequestOfATownInAFiscalYearIsRefusedAndWritesNothing() {
        String imabari = Tokens.forUser("imabari.staff");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(created(call(APP, REQUESTS, imabari).post(jsonFixture("experts/requests/informatization-visit.json")))
                    .get("id").asText());
        }
        long outboxBefore = outboxRows();

        JsonNode refused = problem(call(APP, REQUESTS, imabari).post(jsonFixture("experts/requests/informatization-visit.json")),
                409, "quota-exceeded");

        assertThat(refused.get("detail").asText()).contains("mic-informatization", "allows 3", "already has 3",
                "FY2030", "2031-04-01", "令和13年4月1日");
        assertThat(refused.get("title_ja").asText()).isNotEmpty();
        assertThat(requestRows("382027")).isEqualTo(3);
        assertThat(outboxRows()).isEqualTo(outboxBefore);

        ok(call(APP, REQUESTS + "/" + ids.get(0) + "/cancel", imabari).post(jsonFixture("experts/requests/decline.json")));
        created(call(APP, REQUESTS, imabari).post(jsonFixture("experts/requests/informatization-visit.json")));
        assertThat(requestRows("382027")).isEqualTo(4);
    }

    @Test
    void twoConcurrentSubmissionsAtTheCapExactlyOneWins() throws Exception {
        String niihama = Tokens.forUser("niihama.staff");
        for (int i = 0; i < 2; i++) {
            created(call(APP, REQUESTS, niihama).post(jsonFixture("experts/requests/informatization-visit.json")));
        }
        int racers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit((Callable<Integer>) () -> {
                    start.await();
                    Response response = call(APP, REQUESTS, niihama)
                            .post(jsonFixture("experts/requests/informatization-visit.json"));
                    response.close();
                    return response.getStatus();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(201, 409, 409, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(requestRows("382051")).isEqualTo(3);
    }

    @Test
    void theAssignedExpertReleasesAConfirmedVisitAndLaterReportsOnIt() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String expert = Tokens.forUser("expert.data-utilization");
        String expertId = created(call(APP, "/api/v1/experts", coordinator)
                .post(jsonFixture("experts/experts/data-utilization.json"))).get("id").asText();
        String id = created(call(APP, REQUESTS, Tokens.forUser("ozu.staff"))
                .post(jsonFixture("experts/requests/informatization-visit.json"))).get("id").asText();
        ok(call(APP, REQUESTS + "/" + id + "/triage", coordinator).post(null));
        problem(call(APP, REQUESTS + "/" + id, expert).get(), 404, "not-found");
        confirmAsSchedulingWould(id, expertId);

        assertThat(ok(call(APP, REQUESTS + "/" + id, expert).get()).get("assignedExpertId").asText()).isEqualTo(expertId);
        JsonNode released = ok(call(APP, REQUESTS + "/" + id + "/release", expert)
                .post(jsonFixture("experts/requests/release.json")));
        assertThat(released.get("status").asText()).isEqualTo("TRIAGED");
        assertThat(released.path("assignedExpertId").isMissingNode() || released.get("assignedExpertId").isNull()).isTrue();
        problem(call(APP, REQUESTS + "/" + id + "/report", expert).post(jsonFixture("experts/requests/report.json")),
                404, "not-found");

        confirmAsSchedulingWould(id, expertId);
        JsonNode completed = ok(call(APP, REQUESTS + "/" + id + "/report", expert)
                .post(jsonFixture("experts/requests/report.json")));
        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.at("/report/outcomes/0").asText()).isEqualTo("公開候補10件の選定");
        JsonNode late = problem(call(APP, REQUESTS + "/" + id + "/cancel", coordinator)
                .post(jsonFixture("experts/requests/decline.json")), 409, "invalid-transition");
        assertThat(late.get("detail").asText()).contains("COMPLETED");

        List<SpecificRecord> events = TopicRecords.valuesOf(ExpertTopics.REQUESTS, id, 4, Duration.ofSeconds(30));
        assertThat(events.subList(1, events.size())).extracting(e -> ((ExpertRequestStatusChanged) e).getTransition())
                .containsExactly("triage", "release", "complete");
        assertThat(((ExpertRequestStatusChanged) events.get(2)).getExpertId()).isEqualTo(UUID.fromString(expertId));
        assertThat(((ExpertRequestStatusChanged) events.get(3)).getReport().getFollowUps()).containsExactly("3か月後に公開状況を確認");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        String yawatahama = Tokens.forUser("yawatahama.staff");

        JsonNode invalid = problem(call(APP, REQUESTS, yawatahama).post(jsonFixture("experts/requests/many-bad-fields.json")),
                400, "validation-failed");
        assertThat(invalid.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("collaborationCode",
                "programme", "specialty", "preferredWindows[0]", "preferredWindows[1]", "preferredWindows[2]");

        JsonNode missing = problem(call(APP, REQUESTS, yawatahama).post(jsonFixture("experts/requests/missing-fields.json")),
                400, "validation-failed");
        assertThat(missing.get("errors")).extracting(e -> e.get("field").asText()).contains("programme", "specialty",
                "topic", "description", "durationMinutes", "preferredWindows", "urgency");
        JsonNode wrongType = problem(call(APP, REQUESTS, yawatahama).post(Entity.json("{\"mode\": \"TELEPATHY\"}")),
                400, "validation-failed");
        assertThat(wrongType.at("/errors/0/field").asText()).isEqualTo("mode");
        assertThat(requestRows("382043")).isZero();
    }

    @Test
    void onlyStaffSubmitAndOnlyCoordinatorsTriage() {
        problem(call(APP, REQUESTS, Tokens.forUser("ehime.coordinator"))
                .post(jsonFixture("experts/requests/team-ehime-visit.json")), 403, "forbidden");
        String id = created(call(APP, REQUESTS, Tokens.forUser("iyo.staff"))
                .post(jsonFixture("experts/requests/team-ehime-visit.json"))).get("id").asText();
        problem(call(APP, REQUESTS + "/" + id + "/triage", Tokens.forUser("iyo.staff")).post(null), 403, "forbidden");
        problem(call(APP, REQUESTS + "/not-a-uuid", Tokens.forUser("iyo.staff")).get(), 404, "not-found");
    }

    private static void confirmAsSchedulingWould(String requestId, String expertId) {
        int updated = PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(EHIME));
            return h.createUpdate("update expert_requests set status = 'CONFIRMED', assigned_expert_id = cast(:expert as uuid)"
                    + " where id = cast(:id as uuid)").bind("expert", expertId).bind("id", requestId).execute();
        });
        assertThat(updated).isOne();
    }

    private static long requestRows(String town) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(town));
            return h.createQuery("select count(*) from expert_requests where tenant_code = :town").bind("town", town)
                    .mapTo(Long.class).one();
        });
    }

    private static long outboxRows() {
        return PlatformStack.get().ownerJdbi().withHandle(h -> h.createQuery(
                "select count(*) from outbox where topic = :topic").bind("topic", ExpertTopics.REQUESTS.name())
                .mapTo(Long.class).one());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }
}
