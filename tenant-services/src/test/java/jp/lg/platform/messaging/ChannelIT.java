package jp.lg.platform.messaging;

import static jp.lg.platform.messaging.MessagingRows.channelNamed;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.messaging.ChannelChanged;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Channels provisioned from the directory and created by staff, on real PostgreSQL, Kafka and Keycloak tokens. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ChannelIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final String SAIJO_VERTICAL = "【愛媛県・西条市】市町訪問";
    private static final String UWAJIMA_VERTICAL = "【愛媛県・宇和島市】市町訪問";
    private static final String EHIME_HORIZONTAL = "【チーム愛媛】横連携";

    @Test
    void everyTownHasItsVerticalChannelAndTheHorizontalOneAndTheLeadHasAll() {
        List<String> saijo = names(ok(call(APP, "/api/v1/channels?limit=500", Tokens.forUser("saijo.staff")).get()));
        List<String> coordinator = names(ok(call(APP, "/api/v1/channels?limit=500",
                Tokens.forUser("ehime.coordinator")).get()));

        assertThat(saijo).contains(SAIJO_VERTICAL, EHIME_HORIZONTAL).doesNotContain(UWAJIMA_VERTICAL);
        assertThat(coordinator).contains(SAIJO_VERTICAL, UWAJIMA_VERTICAL, EHIME_HORIZONTAL);
        assertThat(coordinator.stream().filter(n -> n.startsWith("【愛媛県・") && n.endsWith("】市町訪問")))
                .hasSizeGreaterThanOrEqualTo(20);
        JsonNode horizontal = ok(call(APP, "/api/v1/channels/" + channelNamed(APP, Tokens.forUser("saijo.staff"),
                EHIME_HORIZONTAL), Tokens.forUser("saijo.staff")).get());
        assertThat(horizontal.get("kind").asText()).isEqualTo("HORIZONTAL");
        assertThat(horizontal.get("tenantCodes")).hasSize(21);
    }

    @Test
    void saijoCannotSeeOrPostInUwajimasVerticalChannel() {
        String uwajimaVertical = channelNamed(APP, Tokens.forUser("uwajima.staff"), UWAJIMA_VERTICAL);
        String saijo = Tokens.forUser("saijo.staff");
        long outbox = MessagingRows.outboxRows(MessagingTopics.MESSAGES.name());

        problem(call(APP, "/api/v1/channels/" + uwajimaVertical, saijo).get(), 404, "not-found");
        problem(call(APP, "/api/v1/channels/" + uwajimaVertical + "/messages", saijo).get(), 404, "not-found");
        problem(call(APP, "/api/v1/channels/" + uwajimaVertical + "/messages", saijo)
                .post(jsonFixture("messaging/hello.json")), 404, "not-found");
        problem(call(APP, "/api/v1/channels/" + uwajimaVertical + "/read", saijo)
                .put(jakarta.ws.rs.client.Entity.json("{}")), 404, "not-found");

        assertThat(MessagingRows.rows("382060", "messages", "channel_id", uwajimaVertical)).isZero();
        assertThat(MessagingRows.outboxRows(MessagingTopics.MESSAGES.name())).isEqualTo(outbox);
        problem(call(APP, "/api/v1/channels/not-a-uuid", saijo).get(), 404, "not-found");
    }

    @Test
    void staffCreateATopicOthersOfTheCollaborationJoinAndLeave() {
        String saijo = Tokens.forUser("saijo.staff");
        String matsuyama = Tokens.forUser("matsuyama.staff");
        JsonNode topic = created(call(APP, "/api/v1/channels", saijo).post(jsonFixture("messaging/topic-cyber-insurance.json")));
        String id = topic.get("id").asText();
        assertThat(topic.get("kind").asText()).isEqualTo("TOPIC");
        assertThat(topic.get("userIds")).hasSize(1);

        problem(call(APP, "/api/v1/channels/" + id, matsuyama).get(), 404, "not-found");
        assertThat(ids(ok(call(APP, "/api/v1/channels?joinable=true&limit=500", matsuyama).get()))).contains(id);
        JsonNode joined = ok(call(APP, "/api/v1/channels/" + id + "/membership", matsuyama)
                .put(jakarta.ws.rs.client.Entity.json("")));
        assertThat(joined.get("userIds")).hasSize(2);
        assertThat(ids(ok(call(APP, "/api/v1/channels?limit=500", matsuyama).get()))).contains(id);
        problem(call(APP, "/api/v1/channels/" + id + "/membership", Tokens.forUser("fukushima.coordinator"))
                .put(jakarta.ws.rs.client.Entity.json("")), 404, "not-found");

        assertThat(call(APP, "/api/v1/channels/" + id + "/membership", matsuyama).delete().getStatus()).isEqualTo(204);
        problem(call(APP, "/api/v1/channels/" + id + "/messages", matsuyama).get(), 404, "not-found");

        List<ChannelChanged> events = TopicRecords.valuesOf(MessagingTopics.CHANNELS, id, 3, Duration.ofSeconds(30));
        assertThat(events).extracting(e -> e.getUserIds().size()).containsExactly(1, 2, 1);
        assertThat(events.get(0).getKind()).isEqualTo("TOPIC");
        assertThat(events.get(0).getCollaborationCode()).isEqualTo("team-ehime");
    }

    @Test
    void aTopicOnlyInOneOfYourOwnCollaborationsAndNeverAProvisionedKind() {
        String saijo = Tokens.forUser("saijo.staff");
        long outbox = MessagingRows.outboxRows(MessagingTopics.CHANNELS.name());

        JsonNode elsewhere = problem(call(APP, "/api/v1/channels", saijo).post(jsonFixture("messaging/topic-elsewhere.json")),
                400, "validation-failed");
        assertThat(elsewhere.at("/errors/0/field").asText()).isEqualTo("collaborationCode");
        problem(call(APP, "/api/v1/channels", saijo).post(jakarta.ws.rs.client.Entity.json(
                "{\"kind\": \"HORIZONTAL\", \"collaborationCode\": \"team-ehime\", \"name\": \"x\"}")), 400, "validation-failed");

        assertThat(MessagingRows.outboxRows(MessagingTopics.CHANNELS.name())).isEqualTo(outbox);
    }

    @Test
    void aTownThatLeavesACollaborationHasItsVerticalChannelArchivedAndLeavesTheHorizontal() throws Exception {
        String admin = Tokens.forUser("platform.admin");
        String coordinator = Tokens.forUser("ehime.coordinator");
        assertThat(call(APP, "/api/v1/collaborations/nanyo-chat", admin).put(jsonFixture("messaging/nanyo-channels.json"))
                .getStatus()).isIn(200, 201);
        String ainanVertical = awaitChannel(coordinator, "nanyo-chat", "【愛媛県・愛南町】市町訪問");
        String horizontal = awaitChannel(coordinator, "nanyo-chat", "【南予チャット連携】横連携");
        assertThat(ok(call(APP, "/api/v1/channels/" + horizontal, coordinator).get()).get("tenantCodes"))
                .extracting(JsonNode::asText).containsExactly("380008", "382035", "385069");

        ok(call(APP, "/api/v1/collaborations/nanyo-chat", admin).put(jsonFixture("messaging/nanyo-channels-shrunk.json")));

        Instant deadline = Instant.now().plusSeconds(30);
        while (!ok(call(APP, "/api/v1/channels/" + ainanVertical, coordinator).get()).get("archived").asBoolean()
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(ok(call(APP, "/api/v1/channels/" + ainanVertical, coordinator).get()).get("archived").asBoolean()).isTrue();
        assertThat(ok(call(APP, "/api/v1/channels/" + horizontal, coordinator).get()).get("tenantCodes"))
                .extracting(JsonNode::asText).containsExactly("380008", "382035");
        problem(call(APP, "/api/v1/channels/" + horizontal, Tokens.forUser("ainan.staff")).get(), 404, "not-found");
        problem(call(APP, "/api/v1/channels/" + ainanVertical + "/messages", coordinator)
                .post(jsonFixture("messaging/hello.json")), 409, "conflict");
        List<ChannelChanged> events = TopicRecords.valuesOf(MessagingTopics.CHANNELS, ainanVertical, 2, Duration.ofSeconds(30));
        assertThat(events).extracting(ChannelChanged::getArchived).containsExactly(false, true);
    }

    @Test
    void aNewLeadTakesOverTheChannelsWithTheirHistoryAndTheOldLeadLeavesThem() throws Exception {
        String admin = Tokens.forUser("platform.admin");
        String coordinator = Tokens.forUser("ehime.coordinator");
        String uwajima = Tokens.forUser("uwajima.staff");
        String ainan = Tokens.forUser("ainan.staff");
        assertThat(call(APP, "/api/v1/collaborations/nanyo-handover", admin).put(jsonFixture("messaging/nanyo-handover.json"))
                .getStatus()).isIn(200, 201);
        String ainanVertical = awaitChannel(coordinator, "nanyo-handover", "【愛媛県・愛南町】市町訪問");
        String uwajimaVertical = awaitChannel(coordinator, "nanyo-handover", "【愛媛県・宇和島市】市町訪問");
        String horizontal = awaitChannel(coordinator, "nanyo-handover", "【南予引継ぎ連携】横連携");
        String before = created(call(APP, "/api/v1/channels/" + ainanVertical + "/messages", ainan)
                .post(jsonFixture("messaging/hello.json"))).get("id").asText();

        ok(call(APP, "/api/v1/collaborations/nanyo-handover", admin)
                .put(jsonFixture("messaging/nanyo-handover-uwajima-leads.json")));

        Instant deadline = Instant.now().plusSeconds(30);
        while (!ok(call(APP, "/api/v1/channels/" + ainanVertical, ainan).get()).get("name").asText().equals("【宇和島市・愛南町】市町訪問")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        JsonNode vertical = ok(call(APP, "/api/v1/channels/" + ainanVertical, uwajima).get());
        assertThat(vertical.get("name").asText()).isEqualTo("【宇和島市・愛南町】市町訪問");
        assertThat(vertical.get("tenantCodes")).extracting(JsonNode::asText).containsExactly("382035", "385069");
        assertThat(ids(ok(call(APP, "/api/v1/channels/" + ainanVertical + "/messages", uwajima).get())))
                .as("the new lead reads the history").contains(before);
        assertThat(ok(call(APP, "/api/v1/channels/" + horizontal, uwajima).get()).get("tenantCodes"))
                .extracting(JsonNode::asText).containsExactly("382035", "385069");
        assertThat(ok(call(APP, "/api/v1/channels/" + uwajimaVertical, uwajima).get()).get("archived").asBoolean())
                .as("the town that became the lead has no vertical channel with itself").isTrue();
        problem(call(APP, "/api/v1/channels/" + ainanVertical, coordinator).get(), 404, "not-found");
        problem(call(APP, "/api/v1/channels/" + horizontal, coordinator).get(), 404, "not-found");
        List<ChannelChanged> events = TopicRecords.valuesOf(MessagingTopics.CHANNELS, ainanVertical, 2, Duration.ofSeconds(30));
        assertThat(events).extracting(e -> e.getMeta().getTenantCode()).containsExactly("380008", "382035");
    }

    /** The channel of {@code collaboration} named {@code name} (a town's vertical channels of two collaborations share a name). */
    private static String awaitChannel(String token, String collaboration, String name) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode c : ok(call(APP, "/api/v1/channels?limit=500", token).get()).get("items")) {
                if (c.get("name").asText().equals(name) && c.get("collaborationCode").asText().equals(collaboration)) {
                    return c.get("id").asText();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the channel " + name + " was not provisioned within 30 s");
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(c -> names.add(c.get("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }

    @Test
    void staffTalkDirectlyWithNamedPeopleOfTownsTheyShareACollaborationWith() {
        String kihoku = Tokens.forUser("kihoku.staff");
        String uchiko = Tokens.forUser("uchiko.staff");
        ok(call(APP, "/api/v1/me", kihoku).get());
        ok(call(APP, "/api/v1/me", uchiko).get());
        ok(call(APP, "/api/v1/me", Tokens.forUser("bandai.staff")).get());

        JsonNode direct = created(call(APP, "/api/v1/channels", kihoku).post(jsonFixture("messaging/direct-uchiko.json")));
        String id = direct.get("id").asText();
        assertThat(direct.get("kind").asText()).isEqualTo("DIRECT");
        assertThat(direct.get("tenantCodes")).extracting(JsonNode::asText).containsExactlyInAnyOrder("384887", "384224");
        assertThat(ids(ok(call(APP, "/api/v1/channels?limit=500", uchiko).get()))).contains(id);
        problem(call(APP, "/api/v1/channels/" + id, Tokens.forUser("matsuno.staff")).get(), 404, "not-found");
        JsonNode mention = created(call(APP, "/api/v1/channels/" + id + "/messages", kihoku)
                .post(jsonFixture("messaging/mention-uchiko.json")));
        assertThat(mention.at("/mentions/userIds")).hasSize(1);
        assertThat(MessagingRows.listed(APP, uchiko, direct.get("name").asText(), "DIRECT").get("mentions").asLong())
                .isEqualTo(1);

        long outbox = MessagingRows.outboxRows(MessagingTopics.CHANNELS.name());
        JsonNode strangers = problem(call(APP, "/api/v1/channels", kihoku).post(jsonFixture("messaging/direct-strangers.json")),
                400, "validation-failed");
        assertThat(strangers.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("usernames[0]", "usernames[1]");
        assertThat(MessagingRows.outboxRows(MessagingTopics.CHANNELS.name())).isEqualTo(outbox);
    }
}
