package jp.lg.platform.experts;

import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Expert schedules through the API on real PostgreSQL, Kafka, Keycloak tokens and Timefold. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ScheduleIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String SCHEDULES = "/api/v1/schedules";
    private static final String REQUESTS = "/api/v1/expert-requests";
    private static final String FIXTURES = "experts/schedules/";

    @Test
    void saijoAsksTheCoordinatorSchedulesMovesPinsConfirmsAndResolvesTheExpertReportsAndTheEventsArriveInOrder() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String expertId = body(call(APP, "/api/v1/experts", coordinator)
                .post(jsonFixture(FIXTURES + "cocreation-expert.json")), 201).get("id").asText();
        body(call(APP, "/api/v1/experts/" + expertId + "/availability", coordinator)
                .put(jsonFixture(FIXTURES + "monday-availability.json")), 200);
        List<String> requests = List.of(triagedRequest(coordinator), triagedRequest(coordinator));

        Response started = call(APP, SCHEDULES, coordinator).post(jsonFixture(FIXTURES + "first-june-week.json"));
        JsonNode schedule = body(started, 202);
        String id = schedule.get("id").asText();
        assertThat(started.getLocation().getPath()).isEqualTo(SCHEDULES + "/" + id);
        assertThat(schedule.get("status").asText()).isEqualTo("SOLVING");
        assertThat(schedule.at("/progress/timeLimitSeconds").asInt()).isEqualTo(3);
        problem(call(APP, SCHEDULES, coordinator).post(jsonFixture(FIXTURES + "first-june-week.json")), 409, "conflict");

        JsonNode proposed = awaitProposed(id, coordinator);
        assertThat(proposed.at("/progress/bestScore").asText()).startsWith("0hard");
        JsonNode first = assignmentOf(proposed, requests.get(0));
        JsonNode second = assignmentOf(proposed, requests.get(1));
        for (JsonNode assignment : List.of(first, second)) {
            assertThat(assignment.get("expertId").asText()).isEqualTo(expertId);
            assertThat(assignment.get("start").asText()).startsWith("2030-06-03T").endsWith("+09:00");
            assertThat(assignment.get("travelMinutes").asInt()).isPositive();
            assertThat(assignment.get("explanation")).anySatisfy(c -> assertThat(c.get("constraint").asText())
                    .isEqualTo("Less travel"));
        }
        assertThat(status(requests.get(0), coordinator)).isEqualTo("PROPOSED");

        String secondPath = SCHEDULES + "/" + id + "/assignments/" + second.get("id").asText();
        JsonNode clash = problem(call(APP, secondPath, coordinator)
                .put(Entity.json(Map.of("start", first.get("start").asText()))), 409, "conflict");
        assertThat(clash.get("detail").asText()).contains("No overlap for one expert, travel included");
        JsonNode stranger = problem(call(APP, secondPath, coordinator)
                .put(Entity.json(Map.of("expertId", UUID.randomUUID().toString()))), 400, "validation-failed");
        assertThat(stranger.at("/errors/0/field").asText()).isEqualTo("expertId");
        JsonNode outside = problem(call(APP, secondPath, coordinator)
                .put(Entity.json(Map.of("start", "2030-06-10T10:00:00+09:00"))), 400, "validation-failed");
        assertThat(outside.at("/errors/0/field").asText()).isEqualTo("start");
        assertThat(body(call(APP, secondPath, coordinator).put(jsonFixture(FIXTURES + "pin.json")), 200)
                .get("pinned").asBoolean()).isTrue();

        problem(call(APP, SCHEDULES + "/" + id, Tokens.forUser("uwajima.staff")).get(), 403, "forbidden");
        problem(call(APP, SCHEDULES + "/" + id, Tokens.forUser("fukushima.coordinator")).get(), 404, "not-found");

        JsonNode confirmed = body(call(APP, SCHEDULES + "/" + id + "/confirm", coordinator).post(Entity.json(
                Map.of("assignmentIds", List.of(first.get("id").asText())))), 200);
        assertThat(assignmentOf(confirmed, requests.get(0)).get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(confirmed.get("status").asText()).isEqualTo("PROPOSED");

        String third = triagedRequest(coordinator);
        JsonNode resolved = awaitProposed(body(call(APP, SCHEDULES, coordinator)
                .post(jsonFixture(FIXTURES + "first-june-week.json")), 202).get("id").asText(), coordinator);
        JsonNode kept = assignmentOf(resolved, requests.get(1));
        assertThat(kept.get("pinned").asBoolean()).isTrue();
        assertThat(kept.get("start").asText()).isEqualTo(second.get("start").asText());
        assertThat(assignmentOf(resolved, requests.get(0)).get("status").asText()).isEqualTo("CONFIRMED");
        JsonNode added = assignmentOf(resolved, third);
        assertThat(List.of(first, second)).allSatisfy(other -> assertThat(
                !OffsetDateTime.parse(added.get("start").asText()).isBefore(OffsetDateTime.parse(other.get("end").asText()))
                || !OffsetDateTime.parse(added.get("end").asText()).isAfter(OffsetDateTime.parse(other.get("start").asText())))
                .as("%s does not overlap %s", added, other).isTrue());
        body(call(APP, SCHEDULES + "/" + resolved.get("id").asText() + "/confirm", coordinator).post(Entity.json("{}")), 200);
        assertThat(status(requests.get(1), coordinator)).isEqualTo("CONFIRMED");
        assertThat(status(third, coordinator)).isEqualTo("CONFIRMED");
        JsonNode request = body(call(APP, REQUESTS + "/" + requests.get(0), coordinator).get(), 200);
        assertThat(request.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(request.get("assignedExpertId").asText()).isEqualTo(expertId);
        assertThat(request.at("/visit/start").asText()).isEqualTo(first.get("start").asText());
        assertThat(request.at("/visit/end").asText()).isEqualTo(first.get("end").asText());
        assertThat(visitStart(requests.get(0)))
                .isEqualTo(OffsetDateTime.parse(first.get("start").asText()).toInstant());

        String expert = Tokens.forUser("expert.public-private-cocreation");
        assertThat(body(call(APP, REQUESTS + "/" + requests.get(0) + "/report", expert)
                .post(jsonFixture("experts/requests/report.json")), 200).get("status").asText()).isEqualTo("COMPLETED");

        List<SpecificRecord> events = TopicRecords.valuesOf(ExpertTopics.REQUESTS, requests.get(0), 5, Duration.ofSeconds(30));
        assertThat(events.get(0)).isInstanceOf(ExpertRequestSubmitted.class);
        assertThat(events.subList(1, events.size())).extracting(e -> ((ExpertRequestStatusChanged) e).getTransition())
                .containsExactly("triage", "propose", "confirm", "complete");
        assertThat(((ExpertRequestStatusChanged) events.get(3)).getExpertId()).isEqualTo(UUID.fromString(expertId));
        assertThat(((ExpertRequestStatusChanged) events.get(3)).getVisitStart()).as("the confirm event says when")
                .isEqualTo(OffsetDateTime.parse(first.get("start").asText()).toInstant());
        assertThat(((ExpertRequestStatusChanged) events.get(3)).getVisitEnd())
                .isEqualTo(OffsetDateTime.parse(first.get("end").asText()).toInstant());
    }

    @Test
    void aSolveWhoseInstanceStoppedShowsAsFailedInsteadOfSolvingForEver() {
        UUID id = UUID.randomUUID();
        String fukushima = "070009";
        PlatformStack.get().ownerJdbi().useTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse(fukushima));
            h.createUpdate("insert into schedules (id, tenant_code, collaboration_code, horizon_from, horizon_to, "
                    + "time_limit_seconds, status, started_by, started_at) values (:id, :lead, 'aizu', date '2030-05-01', "
                    + "date '2030-05-31', 30, 'SOLVING', 'someone', now() - interval '1 hour')")
                    .bind("id", id).bind("lead", fukushima).execute();
        });

        JsonNode schedule = PlatformApp.ok(call(APP, SCHEDULES + "/" + id, Tokens.forUser("fukushima.coordinator")).get());

        assertThat(schedule.get("status").asText()).isEqualTo("FAILED");
        assertThat(schedule.get("failure").asText()).contains("start a new schedule");
        problem(call(APP, SCHEDULES + "/" + id, Tokens.forUser("ehime.coordinator")).get(), 404, "not-found");
    }

    @Test
    void badInputNamesEveryFieldAndStartsNothing() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        long before = scheduleRows();

        JsonNode missing = problem(call(APP, SCHEDULES, coordinator)
                .post(jsonFixture(FIXTURES + "missing-and-too-long.json")), 400, "validation-failed");
        assertThat(missing.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("from", "timeLimitSeconds");
        JsonNode foreign = problem(call(APP, SCHEDULES, coordinator)
                .post(jsonFixture(FIXTURES + "foreign-and-reversed.json")), 400, "validation-failed");
        assertThat(foreign.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("collaborationCode", "to");
        problem(call(APP, SCHEDULES, Tokens.forUser("saijo.staff")).post(jsonFixture(FIXTURES + "first-june-week.json")),
                403, "forbidden");
        problem(call(APP, SCHEDULES + "/" + UUID.randomUUID(), coordinator).get(), 404, "not-found");
        problem(call(APP, SCHEDULES + "/not-a-uuid/confirm", coordinator).post(Entity.json("{}")), 404, "not-found");

        assertThat(scheduleRows()).isEqualTo(before);
    }

    private static String triagedRequest(String coordinator) {
        String id = body(call(APP, REQUESTS, Tokens.forUser("saijo.staff"))
                .post(jsonFixture(FIXTURES + "cocreation-visit.json")), 201).get("id").asText();
        body(call(APP, REQUESTS + "/" + id + "/triage", coordinator).post(null), 200);
        return id;
    }

    private static JsonNode awaitProposed(String id, String coordinator) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            JsonNode schedule = body(call(APP, SCHEDULES + "/" + id, coordinator).get(), 200);
            String status = schedule.get("status").asText();
            if (!status.equals("SOLVING") || Instant.now().isAfter(deadline)) {
                assertThat(status).as(schedule.toString()).isEqualTo("PROPOSED");
                return schedule;
            }
            assertThat(schedule.at("/progress/elapsedSeconds").asLong()).isLessThan(60);
            sleep();
        }
    }

    private static JsonNode assignmentOf(JsonNode schedule, String requestId) {
        for (JsonNode assignment : schedule.get("assignments")) {
            if (assignment.get("requestId").asText().equals(requestId)) {
                return assignment;
            }
        }
        throw new AssertionError("no assignment for " + requestId + " in " + schedule);
    }

    private static String status(String requestId, String coordinator) {
        return body(call(APP, REQUESTS + "/" + requestId, coordinator).get(), 200).get("status").asText();
    }

    private static Instant visitStart(String requestId) {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse("382060"));
            return h.createQuery("select visit_start from expert_requests where id = cast(:id as uuid)")
                    .bind("id", requestId).mapTo(OffsetDateTime.class).one().toInstant();
        });
    }

    private static long scheduleRows() {
        return PlatformStack.get().ownerJdbi().inTransaction(h -> {
            TenantTransactions.enter(h, LgCode.parse("380008"));
            return h.createQuery("select count(*) from schedules").mapTo(Long.class).one();
        });
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static JsonNode body(Response response, int status) {
        String text = response.readEntity(String.class);
        assertThat(response.getStatus()).as(text).isEqualTo(status);
        return Json.read(text);
    }
}
