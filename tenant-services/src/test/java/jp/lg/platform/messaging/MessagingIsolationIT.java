package jp.lg.platform.messaging;

import static jp.lg.platform.messaging.MessagingRows.channelNamed;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Function;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every messaging endpoint against a channel of another tenant: Uwajima's vertical channel and its
 * messages of every kind are a 404 for Saijo's staff and for another prefecture's coordinator,
 * and nothing they send is written.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessagingIsolationIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void everyEndpointOfAnotherTownsChannelIsNotFoundAndWritesNothing() {
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, coordinator, "【愛媛県・宇和島市】市町訪問");
        String file = created(call(APP, "/api/v1/attachments?filename=agenda.txt", coordinator)
                .post(Entity.entity("議題", MediaType.TEXT_PLAIN_TYPE))).get("id").asText();
        String text = created(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator).post(Entity.json(
                "{\"text\": \"資料です\", \"attachmentIds\": [\"" + file + "\"]}"))).get("id").asText();
        String announcement = posted(coordinator, channel, "messaging/announcement.json");
        String inquiry = posted(coordinator, channel, "messaging/inquiry.json");
        String seminar = posted(coordinator, channel, "messaging/seminar.json");
        long outbox = MessagingRows.outboxRows(MessagingTopics.MESSAGES.name());
        long channelEvents = MessagingRows.outboxRows(MessagingTopics.CHANNELS.name());

        for (String stranger : List.of(Tokens.forUser("saijo.staff"), Tokens.forUser("fukushima.coordinator"))) {
            List<Function<String, Response>> calls = List.of(
                    t -> call(APP, "/api/v1/channels/" + channel, t).get(),
                    t -> call(APP, "/api/v1/channels/" + channel + "/membership", t).put(Entity.json("")),
                    t -> call(APP, "/api/v1/channels/" + channel + "/membership", t).delete(),
                    t -> call(APP, "/api/v1/channels/" + channel + "/read", t).put(Entity.json("{}")),
                    t -> call(APP, "/api/v1/channels/" + channel + "/messages", t).get(),
                    t -> call(APP, "/api/v1/channels/" + channel + "/messages", t).post(jsonFixture("messaging/hello.json")),
                    t -> call(APP, "/api/v1/messages/" + text, t).get(),
                    t -> call(APP, "/api/v1/messages/" + text, t).delete(),
                    t -> call(APP, "/api/v1/messages/" + text + "/reactions", t).post(jsonFixture("messaging/thumbs-up.json")),
                    t -> call(APP, "/api/v1/messages/" + text + "/reactions?emoji=x", t).delete(),
                    t -> call(APP, "/api/v1/attachments/" + file, t).get(),
                    t -> call(APP, "/api/v1/messages/" + announcement + "/acknowledgements", t).post(null),
                    t -> call(APP, "/api/v1/messages/" + announcement + "/acknowledgements", t).get(),
                    t -> call(APP, "/api/v1/messages/" + inquiry + "/answers", t).put(jsonFixture("messaging/answer-saijo.json")),
                    t -> call(APP, "/api/v1/messages/" + inquiry + "/answers", t).get(),
                    t -> call(APP, "/api/v1/messages/" + seminar + "/rsvps", t).post(null),
                    t -> call(APP, "/api/v1/messages/" + seminar + "/rsvps", t).delete(),
                    t -> call(APP, "/api/v1/messages/" + seminar + "/rsvps", t).get(),
                    t -> call(APP, "/api/v1/messages/" + seminar + "/rsvps/mine.ics", t).accept("text/calendar").get());
            for (Function<String, Response> request : calls) {
                problem(request.apply(stranger), 404, "not-found");
            }
            HttpResponse<String> edit = MessagingRows.patch(APP, "/api/v1/messages/" + text, stranger, "messaging/edit.json");
            assertThat(edit.statusCode()).isEqualTo(404);
        }

        assertThat(MessagingRows.outboxRows(MessagingTopics.MESSAGES.name())).isEqualTo(outbox);
        assertThat(MessagingRows.outboxRows(MessagingTopics.CHANNELS.name())).isEqualTo(channelEvents);
        assertThat(MessagingRows.rows("380008", "messages", "channel_id", channel)).isEqualTo(4);
        for (String table : List.of("message_reactions", "message_acknowledgements", "inquiry_answers", "event_rsvps",
                "channel_members", "channel_reads")) {
            assertThat(MessagingRows.rows("382060", table, "channel_id", channel)).as(table).isZero();
        }
    }

    private static String posted(String token, String channel, String fixture) {
        return created(call(APP, "/api/v1/channels/" + channel + "/messages", token).post(jsonFixture(fixture)))
                .get("id").asText();
    }
}
