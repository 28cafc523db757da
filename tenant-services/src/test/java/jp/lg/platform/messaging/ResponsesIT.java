package jp.lg.platform.messaging;

import static jp.lg.platform.messaging.MessagingRows.channelNamed;
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
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.events.messaging.MessageEdited;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.messaging.ReminderDue;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Announcements, inquiries, seminars and alerts in Team Ehime's channels, with real Keycloak tokens. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ResponsesIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String EHIME_HORIZONTAL = "【チーム愛媛】横連携";

    @Test
    void anAnnouncementFromTheCoordinatorShowsTwoOfTwentyAfterTwoTownsAcknowledge() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, coordinator, EHIME_HORIZONTAL);
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator)
                .post(jsonFixture("messaging/announcement.json"))).get("id").asText();
        String acks = "/api/v1/messages/" + id + "/acknowledgements";

        assertThat(call(APP, acks, Tokens.forUser("saijo.staff")).post(null).getStatus()).isEqualTo(201);
        JsonNode again = ok(call(APP, acks, Tokens.forUser("saijo.staff")).post(null));
        assertThat(again.get("acknowledged").asInt()).as("a second acknowledgement changes nothing").isEqualTo(1);
        assertThat(call(APP, acks, Tokens.forUser("matsuyama.staff")).post(null).getStatus()).isEqualTo(201);

        JsonNode status = ok(call(APP, acks, coordinator).get());
        assertThat(status.get("total").asInt()).isEqualTo(20);
        assertThat(status.get("acknowledged").asInt()).isEqualTo(2);
        assertThat(status.get("summaryJa").asText()).isEqualTo("20団体中2団体が確認済み");
        assertThat(status.get("summaryEn").asText()).isEqualTo("2 of 20 towns acknowledged");
        List<String> acknowledged = new ArrayList<>();
        status.get("towns").forEach(t -> {
            if (t.get("status").asText().equals("ACKNOWLEDGED")) {
                acknowledged.add(t.get("name").asText());
            }
        });
        assertThat(acknowledged).containsExactlyInAnyOrder("西条市", "松山市");

        List<SpecificRecord> events = MessagingRows.eventsOf(channel, id, Duration.ofSeconds(10));
        assertThat(events.stream().filter(e -> e instanceof MessageResponseRecorded).map(e ->
                ((MessageResponseRecorded) e).getTenantCode())).containsExactlyInAnyOrder("382060", "382019");
    }

    @Test
    void aTownOutsideTheChannelCannotAcknowledgeAndTheAuthorsOwnTownIsNotAsked() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, coordinator, EHIME_HORIZONTAL);
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator)
                .post(jsonFixture("messaging/announcement.json"))).get("id").asText();
        long outbox = MessagingRows.outboxRows(MessagingTopics.MESSAGES.name());

        problem(call(APP, "/api/v1/messages/" + id + "/acknowledgements", Tokens.forUser("aizuwakamatsu.staff")).post(null),
                404, "not-found");
        problem(call(APP, "/api/v1/messages/" + id + "/acknowledgements", coordinator).post(null), 409, "conflict");

        assertThat(MessagingRows.rows("380008", "message_acknowledgements", "message_id", id)).isZero();
        assertThat(MessagingRows.outboxRows(MessagingTopics.MESSAGES.name())).isEqualTo(outbox);
    }

    @Test
    void uwajimaAsksEveryEhimeTownAndSeesTheComparisonTableFill() {
        String uwajima = Tokens.forUser("uwajima.staff");
        String channel = channelNamed(APP, uwajima, EHIME_HORIZONTAL);
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", uwajima)
                .post(jsonFixture("messaging/inquiry.json"))).get("id").asText();
        String answers = "/api/v1/messages/" + id + "/answers";
        assertThat(ok(call(APP, answers, uwajima).get()).get("pending")).hasSize(20);

        ok(call(APP, answers, Tokens.forUser("saijo.staff")).put(jsonFixture("messaging/answer-saijo.json")));
        JsonNode afterOne = ok(call(APP, answers, uwajima).get());
        assertThat(afterOne.get("rows")).hasSize(1);
        assertThat(afterOne.at("/rows/0/values/premium").asInt()).isEqualTo(180000);
        ok(call(APP, answers, Tokens.forUser("matsuyama.staff")).put(jsonFixture("messaging/answer-matsuyama.json")));
        ok(call(APP, answers, Tokens.forUser("saijo.staff")).put(jsonFixture("messaging/answer-saijo-changed.json")));

        JsonNode table = ok(call(APP, answers, uwajima).get());
        assertThat(table.get("rows")).extracting(r -> r.get("name").asText()).containsExactly("松山市", "西条市");
        assertThat(table.at("/rows/1/values/premium").asInt()).isEqualTo(210000);
        assertThat(table.get("pending")).hasSize(18);
        assertThat(table.get("summaryEn").asText()).isEqualTo("2 of 20 towns answered");
        Response csv = call(APP, answers, uwajima).accept("text/csv").get();
        assertThat(csv.getMediaType().toString()).startsWith("text/csv");
        String text = new String(csv.readEntity(byte[].class), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF団体コード,団体名,回答状況,回答日時,サイバー保険に加入していますか,年間保険料（円）,備考");
        assertThat(text).contains("382060,西条市,回答済み,").contains("210000,令和7年度に補償額を増額")
                .contains("382019,松山市,回答済み,").contains(",未回答,");

        List<SpecificRecord> events = MessagingRows.eventsOf(channel, id, Duration.ofSeconds(10));
        assertThat(events.stream().filter(e -> e instanceof MessageResponseRecorded)
                .map(e -> ((MessageResponseRecorded) e).getResponse())).containsExactly("ANSWERED", "ANSWERED", "ANSWER_CHANGED");
    }

    @Test
    void aBadAnswerOrOneAfterTheDeadlineIsRefusedAndNothingIsWritten() throws InterruptedException {
        String uwajima = Tokens.forUser("uwajima.staff");
        String channel = channelNamed(APP, uwajima, EHIME_HORIZONTAL);
        ObjectNode closing = (ObjectNode) Json.read(PlatformApp.fixtureText("messaging/inquiry.json"));
        closing.put("deadline", Instant.now().plusSeconds(3).toString());
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", uwajima)
                .post(Entity.json(closing.toString()))).get("id").asText();

        JsonNode bad = problem(call(APP, "/api/v1/messages/" + id + "/answers", Tokens.forUser("ikata.staff"))
                .put(jsonFixture("messaging/answer-bad.json")), 400, "validation-failed");
        assertThat(bad.get("errors")).extracting(e -> e.get("field").asText()).containsExactly("values.insured", "values.premium");
        Thread.sleep(Duration.between(Instant.now(), Instant.parse(closing.get("deadline").asText())).toMillis() + 200);
        JsonNode late = problem(call(APP, "/api/v1/messages/" + id + "/answers", Tokens.forUser("ikata.staff"))
                .put(jsonFixture("messaging/answer-saijo.json")), 409, "conflict");
        assertThat(late.get("detail").asText()).contains("回答期限");

        assertThat(MessagingRows.rows("384429", "inquiry_answers", "message_id", id)).isZero();
        assertThat(MessagingRows.responsesInOutbox(id)).isZero();
    }

    @Test
    void aSeminarFillsThenWaitlistsAndACancellationPromotesTheFirstWaiting() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, coordinator, EHIME_HORIZONTAL);
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator)
                .post(jsonFixture("messaging/seminar.json"))).get("id").asText();
        String rsvps = "/api/v1/messages/" + id + "/rsvps";

        assertThat(created(call(APP, rsvps, Tokens.forUser("kamijima.staff")).post(null)).get("status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(created(call(APP, rsvps, Tokens.forUser("tobe.staff")).post(null)).get("status").asText())
                .isEqualTo("CONFIRMED");
        assertThat(created(call(APP, rsvps, Tokens.forUser("masaki.staff")).post(null)).get("status").asText())
                .isEqualTo("WAITLISTED");
        long outbox = MessagingRows.outboxRows(MessagingTopics.MESSAGES.name());
        String saijo = Tokens.forUser("saijo.staff");
        created(call(APP, rsvps, saijo).post(null));
        problem(call(APP, rsvps, Tokens.forUser("saijo.analyst")).post(null), 409, "quota-exceeded");
        assertThat(MessagingRows.outboxRows(MessagingTopics.MESSAGES.name())).isEqualTo(outbox + 1);
        assertThat(MessagingRows.rows("382060", "event_rsvps", "message_id", id)).as("the refused RSVP wrote no row")
                .isEqualTo(4);

        assertThat(call(APP, rsvps, Tokens.forUser("kamijima.staff")).delete().getStatus()).isEqualTo(204);
        JsonNode list = ok(call(APP, rsvps, coordinator).get());
        assertThat(list.get("confirmed").asInt()).isEqualTo(2);
        assertThat(list.get("rsvps")).extracting(r -> r.get("username").asText() + ":" + r.get("status").asText())
                .containsExactly("tobe.staff:CONFIRMED", "masaki.staff:CONFIRMED", "saijo.staff:WAITLISTED");
        Response ics = call(APP, rsvps + "/mine.ics", Tokens.forUser("masaki.staff")).accept("text/calendar").get();
        assertThat(ics.getStatus()).isEqualTo(200);
        assertThat(ics.readEntity(String.class)).contains("BEGIN:VEVENT", "STATUS:CONFIRMED", "DTSTART:20310325T043000Z",
                "愛媛県庁");
        problem(call(APP, rsvps + "/mine.ics", Tokens.forUser("kamijima.staff")).accept("text/calendar").get(),
                404, "not-found");

        List<SpecificRecord> events = MessagingRows.eventsOf(channel, id, Duration.ofSeconds(10));
        assertThat(events.stream().filter(e -> e instanceof MessageResponseRecorded r && r.getResponse().equals("RSVP_PROMOTED"))
                .map(e -> ((MessageResponseRecorded) e).getTenantCode())).containsExactly("384011");
    }

    @Test
    void onlyACoordinatorAlertsAndACorrectionIsAnEditNotASecondAlarm() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, coordinator, EHIME_HORIZONTAL);
        long outbox = MessagingRows.outboxRows(MessagingTopics.MESSAGES.name());
        problem(call(APP, "/api/v1/channels/" + channel + "/messages", Tokens.forUser("saijo.staff"))
                .post(jsonFixture("messaging/alert.json")), 403, "forbidden");
        assertThat(MessagingRows.outboxRows(MessagingTopics.MESSAGES.name())).isEqualTo(outbox);

        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator)
                .post(jsonFixture("messaging/alert.json"))).get("id").asText();
        HttpResponse<String> corrected = MessagingRows.patch(APP, "/api/v1/messages/" + id, coordinator,
                "messaging/alert-correction.json");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);

        List<SpecificRecord> events = MessagingRows.eventsOf(channel, id, Duration.ofSeconds(10));
        assertThat(events.stream().filter(e -> e instanceof MessagePosted)).hasSize(1);
        assertThat(events.stream().filter(e -> e instanceof MessageEdited)).singleElement()
                .satisfies(e -> assertThat(((MessageEdited) e).getCorrection()).isTrue());
        assertThat(((MessagePosted) events.get(0)).getKind()).isEqualTo("ALERT");
    }

    @Test
    void everyPendingTownIsRemindedExactlyOnceBeforeTheDeadlineAcrossInstances() throws Exception {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, coordinator, EHIME_HORIZONTAL);
        ObjectNode soon = (ObjectNode) Json.read(PlatformApp.fixtureText("messaging/announcement.json"));
        Instant deadline = Instant.now().plusSeconds(8);
        soon.put("deadline", deadline.toString());
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator)
                .post(Entity.json(soon.toString()))).get("id").asText();
        created(call(APP, "/api/v1/messages/" + id + "/acknowledgements", Tokens.forUser("saijo.staff")).post(null));
        created(call(APP, "/api/v1/messages/" + id + "/acknowledgements", Tokens.forUser("matsuyama.staff")).post(null));

        ExecutorService others = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 2; i++) {
                ReminderJob instance = new ReminderJob(PlatformStack.get().ownerJdbi().installPlugin(new SqlObjectPlugin())
                        .installPlugin(new PostgresPlugin()),
                        new MessageEvents(new EventMetadataFactory(Clock.systemUTC())), Clock.systemUTC());
                others.submit(() -> {
                    while (Instant.now().isBefore(deadline)) {
                        instance.runOnce();
                        Thread.sleep(50);
                    }
                    return null;
                });
            }
            Thread.sleep(Duration.between(Instant.now(), deadline).toMillis() + 500);
        } finally {
            others.shutdown();
            assertThat(others.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        List<String> reminded = MessagingRows.eventsOf(channel, id, Duration.ofSeconds(15)).stream()
                .filter(e -> e instanceof ReminderDue).map(e -> ((ReminderDue) e).getTenantCode()).toList();
        assertThat(reminded).hasSize(18).doesNotHaveDuplicates().doesNotContain("382060", "382019", "380008");
    }
}
