package jp.lg.platform.messaging;

import static jp.lg.platform.messaging.MessagingRows.channelNamed;
import static jp.lg.platform.messaging.MessagingRows.listed;
import static jp.lg.platform.support.PlatformApp.call;
import static jp.lg.platform.support.PlatformApp.created;
import static jp.lg.platform.support.PlatformApp.fixtureText;
import static jp.lg.platform.support.PlatformApp.jsonFixture;
import static jp.lg.platform.support.PlatformApp.ok;
import static jp.lg.platform.support.PlatformApp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.web.FileUpload;
import jp.lg.platform.events.messaging.MessageEdited;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageRetracted;
import jp.lg.platform.support.Json;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.TopicRecords;
import jp.lg.platform.support.Tokens;
import org.apache.avro.specific.SpecificRecord;
import org.glassfish.jersey.client.ClientProperties;
import org.glassfish.jersey.client.RequestEntityProcessing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages in channels: post, list, threads, edits, retractions, reactions, read markers and files. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MessageIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    @Test
    void aTownPostsAsWrittenTheLeadSeesItUnreadAndMentionedUntilRead() {
        String niihama = Tokens.forUser("niihama.staff");
        String coordinator = Tokens.forUser("ehime.coordinator");
        String name = "【愛媛県・新居浜市】市町訪問";
        String channel = channelNamed(APP, niihama, name);
        call(APP, "/api/v1/channels/" + channel + "/read", coordinator).put(Entity.json("{}")).close();

        JsonNode posted = created(call(APP, "/api/v1/channels/" + channel + "/messages", niihama)
                .post(jsonFixture("messaging/mention-ehime.json")));

        String written = Json.read(fixtureText("messaging/mention-ehime.json")).get("text").asText();
        assertThat(posted.get("text").asText()).isEqualTo(written);
        assertThat(posted.at("/mentions/tenantCodes/0").asText()).isEqualTo("380008");
        assertThat(posted.at("/author/tenantCode").asText()).isEqualTo("382051");
        assertThat(posted).as("the answer to the post is the message as read")
                .isEqualTo(ok(call(APP, "/api/v1/messages/" + posted.get("id").asText(), niihama).get()));
        JsonNode listedForLead = listed(APP, coordinator, name);
        assertThat(listedForLead.get("unread").asLong()).isEqualTo(1);
        assertThat(listedForLead.get("mentions").asLong()).isEqualTo(1);
        assertThat(listed(APP, niihama, name).get("unread").asLong()).as("your own messages are not unread").isZero();
        JsonNode page = ok(call(APP, "/api/v1/channels/" + channel + "/messages", coordinator).get());
        assertThat(page.at("/items/0/text").asText()).isEqualTo(written);

        assertThat(call(APP, "/api/v1/channels/" + channel + "/read", coordinator).put(Entity.json("{}")).getStatus())
                .isEqualTo(204);
        assertThat(listed(APP, coordinator, name).get("unread").asLong()).isZero();
        assertThat(listed(APP, coordinator, name).get("mentions").asLong()).isZero();

        List<SpecificRecord> events = TopicRecords.valuesOf(MessagingTopics.MESSAGES, channel, 1, Duration.ofSeconds(30));
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOfSatisfying(MessagePosted.class, p -> {
            assertThat(p.getMessageId().toString()).isEqualTo(posted.get("id").asText());
            assertThat(p.getText()).isEqualTo(written);
            assertThat(p.getMentionedTenantCodes()).containsExactly("380008");
            assertThat(p.getKind()).isEqualTo("TEXT");
        }));
    }

    @Test
    void theAuthorEditsKeepingHistoryAndRetractsLeavingATombstone() {
        String ozu = Tokens.forUser("ozu.staff");
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, ozu, "【愛媛県・大洲市】市町訪問");
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", ozu)
                .post(jsonFixture("messaging/hello.json"))).get("id").asText();

        HttpResponse<String> notAuthor = MessagingRows.patch(APP, "/api/v1/messages/" + id, coordinator, "messaging/edit.json");
        assertThat(notAuthor.statusCode()).isEqualTo(403);
        assertThat(notAuthor.body()).contains("urn:lg-platform:problem:forbidden");
        HttpResponse<String> byAuthor = MessagingRows.patch(APP, "/api/v1/messages/" + id, ozu, "messaging/edit.json");
        assertThat(byAuthor.statusCode()).as(byAuthor.body()).isEqualTo(200);
        JsonNode edited = Json.read(byAuthor.body());
        assertThat(edited.get("version").asInt()).isEqualTo(2);
        assertThat(edited.get("text").asText()).isEqualTo("来週の訪問の件、資料を共有します（改訂版）。");
        JsonNode history = ok(call(APP, "/api/v1/messages/" + id + "?history=true", coordinator).get());
        assertThat(history.at("/history/0/text").asText()).isEqualTo(Json.read(fixtureText("messaging/hello.json"))
                .get("text").asText());

        assertThat(call(APP, "/api/v1/messages/" + id, ozu).delete().getStatus()).isEqualTo(204);
        JsonNode tombstone = ok(call(APP, "/api/v1/messages/" + id + "?history=true", coordinator).get());
        assertThat(tombstone.get("retracted").asBoolean()).isTrue();
        assertThat(tombstone.has("text")).isFalse();
        assertThat(tombstone.get("history")).isEmpty();
        HttpResponse<String> afterRetraction = MessagingRows.patch(APP, "/api/v1/messages/" + id, ozu, "messaging/edit.json");
        assertThat(afterRetraction.statusCode()).isEqualTo(409);
        assertThat(afterRetraction.body()).contains("urn:lg-platform:problem:conflict");

        List<SpecificRecord> events = TopicRecords.valuesOf(MessagingTopics.MESSAGES, channel, 3, Duration.ofSeconds(30));
        assertThat(events.stream().filter(e -> e instanceof MessageEdited m && m.getMessageId().toString().equals(id)))
                .hasSize(1);
        assertThat(events.stream().filter(e -> e instanceof MessageRetracted m && m.getMessageId().toString().equals(id)))
                .hasSize(1);
    }

    @Test
    void repliesFormAThreadAndPagesGoFromNewestToOldest() {
        String iyo = Tokens.forUser("iyo.staff");
        String channel = channelNamed(APP, iyo, "【愛媛県・伊予市】市町訪問");
        String root = created(call(APP, "/api/v1/channels/" + channel + "/messages", iyo)
                .post(jsonFixture("messaging/hello.json"))).get("id").asText();
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            replies.add(created(call(APP, "/api/v1/channels/" + channel + "/messages", iyo).post(Entity.json(
                    JsonNodeFactory.instance.objectNode().put("text", "返信" + i).put("threadRootId", root).toString())))
                    .get("id").asText());
        }

        JsonNode thread = ok(call(APP, "/api/v1/channels/" + channel + "/messages?threadRootId=" + root, iyo).get());
        assertThat(ids(thread)).containsExactly(replies.get(2), replies.get(1), replies.get(0), root);
        JsonNode first = ok(call(APP, "/api/v1/channels/" + channel + "/messages?limit=2", iyo).get());
        assertThat(ids(first)).containsExactly(replies.get(2), replies.get(1));
        JsonNode second = ok(call(APP, "/api/v1/channels/" + channel + "/messages?limit=2&cursor="
                + first.get("nextCursor").asText(), iyo).get());
        assertThat(ids(second)).containsExactly(replies.get(0), root);
        JsonNode nested = problem(call(APP, "/api/v1/channels/" + channel + "/messages", iyo).post(Entity.json(
                JsonNodeFactory.instance.objectNode().put("text", "x").put("threadRootId", replies.get(0)).toString())),
                400, "validation-failed");
        assertThat(nested.at("/errors/0/field").asText()).isEqualTo("threadRootId");
    }

    @Test
    void oneReactionPerPersonAndEmoji() {
        String toon = Tokens.forUser("toon.staff");
        String coordinator = Tokens.forUser("ehime.coordinator");
        String channel = channelNamed(APP, toon, "【愛媛県・東温市】市町訪問");
        String id = created(call(APP, "/api/v1/channels/" + channel + "/messages", toon)
                .post(jsonFixture("messaging/hello.json"))).get("id").asText();

        assertThat(call(APP, "/api/v1/messages/" + id + "/reactions", toon).post(jsonFixture("messaging/thumbs-up.json"))
                .getStatus()).isEqualTo(201);
        assertThat(ok(call(APP, "/api/v1/messages/" + id + "/reactions", toon).post(jsonFixture("messaging/thumbs-up.json")))
                .at("/reactions/0/count").asInt()).isEqualTo(1);
        JsonNode both = created(call(APP, "/api/v1/messages/" + id + "/reactions", coordinator)
                .post(jsonFixture("messaging/thumbs-up.json")));
        assertThat(both.at("/reactions/0/emoji").asText()).isEqualTo("👍");
        assertThat(both.at("/reactions/0/count").asInt()).isEqualTo(2);

        assertThat(call(APP, "/api/v1/messages/" + id + "/reactions?emoji=%F0%9F%91%8D", toon).delete().getStatus())
                .isEqualTo(204);
        assertThat(ok(call(APP, "/api/v1/messages/" + id, coordinator).get()).at("/reactions/0/count").asInt()).isEqualTo(1);
    }

    @Test
    void emptyOversizedOrUnknownMentionsAreRefusedNamingTheProblemAndNothingIsWritten() {
        String seiyo = Tokens.forUser("seiyo.staff");
        String channel = channelNamed(APP, seiyo, "【愛媛県・西予市】市町訪問");
        long outbox = MessagingRows.outboxRows(MessagingTopics.MESSAGES.name());

        problem(call(APP, "/api/v1/channels/" + channel + "/messages", seiyo).post(jsonFixture("messaging/empty.json")),
                400, "validation-failed");
        JsonNode tooLong = problem(call(APP, "/api/v1/channels/" + channel + "/messages", seiyo).post(Entity.json(
                JsonNodeFactory.instance.objectNode().put("text", "あ".repeat(10_001)).toString())), 400, "validation-failed");
        assertThat(tooLong.at("/errors/0/field").asText()).isEqualTo("text");
        assertThat(tooLong.at("/errors/0/message").asText()).contains("10000");
        JsonNode unknown = problem(call(APP, "/api/v1/channels/" + channel + "/messages", seiyo)
                .post(jsonFixture("messaging/unknown-mentions.json")), 400, "validation-failed");
        assertThat(unknown.get("detail").asText()).contains("@tokyo", "@999999");

        assertThat(MessagingRows.rows("382141", "messages", "channel_id", channel)).isZero();
        assertThat(MessagingRows.outboxRows(MessagingTopics.MESSAGES.name())).isEqualTo(outbox);
        created(call(APP, "/api/v1/channels/" + channel + "/messages", seiyo).post(Entity.json(
                JsonNodeFactory.instance.objectNode().put("text", "あ".repeat(10_000)).toString())));
        assertThat(MessagingRows.rows("382141", "messages", "channel_id", channel)).isOne();
    }

    @Test
    void aFileIsStoredWithItsChecksumAndServedToTheChannelOnly() throws IOException {
        String shikokuchuo = Tokens.forUser("shikokuchuo.staff");
        String channel = channelNamed(APP, shikokuchuo, "【愛媛県・四国中央市】市町訪問");
        byte[] pdf = bytes("messaging/agenda.pdf");

        JsonNode file = created(call(APP, "/api/v1/attachments?filename="
                + URLEncoder.encode("訪問資料.pdf", StandardCharsets.UTF_8), shikokuchuo)
                .post(Entity.entity(pdf, MediaType.APPLICATION_OCTET_STREAM_TYPE)));
        assertThat(file.get("sha256").asText()).isEqualTo(HexFormat.of().formatHex(FileUpload.sha256(pdf)));
        assertThat(file.get("contentType").asText()).isEqualTo("application/pdf");
        problem(call(APP, "/api/v1/attachments/" + file.get("id").asText(), Tokens.forUser("ehime.coordinator")).get(),
                404, "not-found");
        JsonNode posted = created(call(APP, "/api/v1/channels/" + channel + "/messages", shikokuchuo).post(Entity.json(
                JsonNodeFactory.instance.objectNode().put("text", "資料です").set("attachmentIds",
                        JsonNodeFactory.instance.arrayNode().add(file.get("id").asText())).toString())));
        assertThat(posted.at("/attachments/0/filename").asText()).isEqualTo("訪問資料.pdf");
        assertThat(posted).as("the answer to the post is the message as read")
                .isEqualTo(ok(call(APP, "/api/v1/messages/" + posted.get("id").asText(), shikokuchuo).get()));

        Response download = call(APP, "/api/v1/attachments/" + file.get("id").asText(),
                Tokens.forUser("ehime.coordinator")).get();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getMediaType().toString()).isEqualTo("application/pdf");
        assertThat(download.getHeaderString("Content-Disposition")).startsWith("attachment;").contains("UTF-8''");
        assertThat(download.readEntity(byte[].class)).isEqualTo(pdf);
        problem(call(APP, "/api/v1/attachments/" + file.get("id").asText(), Tokens.forUser("saijo.staff")).get(),
                404, "not-found");
        long files = MessagingRows.rows("382132", "message_attachments", "tenant_code", "382132");
        byte[] scan = new byte[100 * 1024];
        System.arraycopy(pdf, 0, scan, 0, 8);
        assertThat(created(call(APP, "/api/v1/attachments?filename=scan.pdf", shikokuchuo).post(Entity.entity(scan,
                MediaType.APPLICATION_OCTET_STREAM_TYPE))).get("sizeBytes").asLong())
                .as("a file over the server's 64 KiB body limit: uploads have their own").isEqualTo(scan.length);
        byte[] big = new byte[AttachmentRules.MAX_BYTES + 1];
        System.arraycopy(pdf, 0, big, 0, 8);
        // streamed (no Content-Length), so the server reads up to the limit and refuses the rest as it passes
        problem(call(APP, "/api/v1/attachments?filename=big.pdf", shikokuchuo)
                .property(ClientProperties.REQUEST_ENTITY_PROCESSING, RequestEntityProcessing.CHUNKED)
                .post(Entity.entity(big, MediaType.APPLICATION_OCTET_STREAM_TYPE)), 413, "payload-too-large");
        assertThat(MessagingRows.rows("382132", "message_attachments", "tenant_code", "382132")).isEqualTo(files + 1);
        JsonNode exe = problem(call(APP, "/api/v1/attachments?filename=setup.exe", shikokuchuo)
                .post(Entity.entity(pdf, MediaType.APPLICATION_OCTET_STREAM_TYPE)), 400, "validation-failed");
        assertThat(exe.at("/errors/0/field").asText()).isEqualTo("filename");
    }

    private static byte[] bytes(String fixture) throws IOException {
        try (InputStream in = MessageIT.class.getResourceAsStream("/" + fixture)) {
            return in.readAllBytes();
        }
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }
}
