package jp.lg.platform.notifications;

import static jp.lg.platform.notifications.RouterEvents.EHIME;
import static jp.lg.platform.notifications.RouterEvents.SAIJO;
import static jp.lg.platform.notifications.RouterEvents.UWAJIMA;
import static jp.lg.platform.notifications.RouterEvents.channel;
import static jp.lg.platform.notifications.RouterEvents.people;
import static jp.lg.platform.notifications.RouterEvents.post;
import static jp.lg.platform.notifications.RouterEvents.preferences;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.directory.DirectoryTopics;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.notifications.NotificationRequested;
import jp.lg.platform.experts.ExpertTopics;
import jp.lg.platform.messaging.MessagingTopics;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationRouterTest {

    /** 2030-06-03 10:00 JST, a Monday morning. */
    private static final Instant MORNING = Instant.parse("2030-06-03T01:00:00Z");
    private static final UUID HORIZONTAL = UUID.randomUUID();

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, SpecificRecord> messages;
    private TestInputTopic<String, SpecificRecord> requests;
    private TestOutputTopic<String, NotificationRequested> requested;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "notification-router-test");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(NotificationRouter.buildTopology(), props);
        messages = input(MessagingTopics.MESSAGES);
        requests = input(ExpertTopics.REQUESTS);
        requested = driver.createOutputTopic(NotificationTopics.REQUESTED.name(),
                NotificationTopics.REQUESTED.keySerde().deserializer(), NotificationTopics.REQUESTED.valueSerde().deserializer());
        input(DirectoryTopics.PEOPLE).pipeInput(EHIME, people(EHIME, "coordinator"));
        input(DirectoryTopics.PEOPLE).pipeInput(SAIJO, people(SAIJO, "saijo-1", "saijo-2"));
        input(DirectoryTopics.PEOPLE).pipeInput(UWAJIMA, people(UWAJIMA, "uwajima-1"));
        input(MessagingTopics.CHANNELS).pipeInput(HORIZONTAL.toString(),
                channel(HORIZONTAL, "チーム愛媛 全体", List.of(EHIME, SAIJO, UWAJIMA), List.of(), false));
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void everyMemberButTheAuthorHearsOfAPostKeyedByRecipient() {
        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING).build());

        Map<String, NotificationRequested> out = requested.readKeyValuesToMap();
        assertThat(out).containsOnlyKeys("coordinator", "saijo-1", "saijo-2");
        NotificationRequested saijo = out.get("saijo-1");
        assertThat(saijo.getRecipientTenantCode()).isEqualTo(SAIJO);
        assertThat(saijo.getCategory()).isEqualTo("MESSAGE");
        assertThat(saijo.getPriority()).isEqualTo("NORMAL");
        assertThat(saijo.getTitleJa()).isEqualTo("uwajima-1 nameさんが「チーム愛媛 全体」に投稿しました");
        assertThat(saijo.getTitleEn()).isEqualTo("uwajima-1 name posted in チーム愛媛 全体");
        assertThat(saijo.getBody()).isEqualTo("サイバー保険に加入している市町はありますか？");
        assertThat(saijo.getPushAfter()).isNull();
        assertThat(saijo.getEmail()).isTrue();
        assertThat(saijo.getDigest()).isEqualTo("NONE");
        assertThat(saijo.getMeta().getTenantCode()).isEqualTo(SAIJO);
    }

    @Test
    void membersOneByOneAreNotifiedAndAnArchivedChannelNotifiesNobody() {
        UUID topic = UUID.randomUUID();
        UUID archived = UUID.randomUUID();
        input(MessagingTopics.CHANNELS).pipeInput(topic.toString(),
                channel(topic, "DX勉強会", List.of(), List.of("saijo-2", "uwajima-1"), false));
        input(MessagingTopics.CHANNELS).pipeInput(archived.toString(),
                channel(archived, "旧チャンネル", List.of(SAIJO), List.of(), true));

        messages.pipeInput(topic.toString(), post(topic, UWAJIMA, "uwajima-1", "TEXT", MORNING).build());
        messages.pipeInput(archived.toString(), post(archived, EHIME, "coordinator", "TEXT", MORNING).build());

        List<NotificationRequested> out = requested.readValuesToList();
        assertThat(out).extracting(NotificationRequested::getRecipientUserId).containsExactly("saijo-2");
        assertThat(out.get(0).getRecipientTenantCode()).isEqualTo(SAIJO);
    }

    @Test
    void mentionsOnlyHearsOfAPostThatMentionsThemTheirTownOrAll() {
        prefer("saijo-1", preferences("saijo-1", "ALL", Map.of(HORIZONTAL.toString(), "MENTIONS"), null, null));
        prefer("coordinator", preferences("coordinator", "MENTIONS", Map.of(), null, null));

        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING).build());
        assertThat(recipients()).containsExactly("saijo-2");

        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING)
                .setMentionedUserIds(List.of("saijo-1")).build());
        List<NotificationRequested> mentioned = requested.readValuesToList();
        assertThat(mentioned).extracting(NotificationRequested::getRecipientUserId).containsExactlyInAnyOrder("saijo-1", "saijo-2");
        NotificationRequested toSaijo1 = mentioned.stream().filter(n -> n.getRecipientUserId().equals("saijo-1")).findFirst().orElseThrow();
        assertThat(toSaijo1.getCategory()).isEqualTo("MENTION");
        assertThat(toSaijo1.getTitleJa()).contains("あなたをメンションしました");

        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING)
                .setMentionedTenantCodes(List.of(SAIJO)).build());
        assertThat(recipients()).containsExactlyInAnyOrder("saijo-1", "saijo-2");

        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING)
                .setMentionsAll(true).build());
        assertThat(recipients()).containsExactlyInAnyOrder("coordinator", "saijo-1", "saijo-2");
    }

    @Test
    void levelNoneHearsNothingEvenWhenMentioned() {
        prefer("saijo-1", preferences("saijo-1", "ALL", Map.of(HORIZONTAL.toString(), "NONE"), null, null));

        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING)
                .setMentionedUserIds(List.of("saijo-1")).build());

        assertThat(recipients()).containsExactlyInAnyOrder("coordinator", "saijo-2");
    }

    @Test
    void quietHoursPutThePostInTheInboxAtOnceAndPushItWhenTheyEnd() {
        prefer("saijo-1", preferences("saijo-1", "ALL", Map.of(), "22:00", "07:00"));
        prefer("saijo-2", preferences("saijo-2", "ALL", Map.of(), "12:00", "13:00"));

        // 23:30 JST: inside the overnight period, pushed at 07:00 the next morning
        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT",
                Instant.parse("2030-06-03T14:30:00Z")).build());
        Map<String, NotificationRequested> late = requested.readKeyValuesToMap();
        assertThat(late.get("saijo-1").getPushAfter()).isEqualTo(Instant.parse("2030-06-03T22:00:00Z"));
        assertThat(late.get("saijo-1").getDigest()).isEqualTo("DAILY");
        assertThat(late.get("saijo-1").getEmail()).isFalse();
        assertThat(late.get("saijo-2").getPushAfter()).isNull();

        // 06:00 JST: still overnight, pushed at 07:00 the same day
        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT",
                Instant.parse("2030-06-03T21:00:00Z")).build());
        assertThat(requested.readKeyValuesToMap().get("saijo-1").getPushAfter()).isEqualTo(Instant.parse("2030-06-03T22:00:00Z"));

        // 12:30 JST: saijo-2's lunch hour, pushed at 13:00; saijo-1 is awake
        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT",
                Instant.parse("2030-06-03T03:30:00Z")).build());
        Map<String, NotificationRequested> noon = requested.readKeyValuesToMap();
        assertThat(noon.get("saijo-1").getPushAfter()).isNull();
        assertThat(noon.get("saijo-2").getPushAfter()).isEqualTo(Instant.parse("2030-06-03T04:00:00Z"));
    }

    @Test
    void anAlertReachesEveryoneCriticalRegardlessOfLevelQuietHoursAndEmailSetting() {
        prefer("saijo-1", preferences("saijo-1", "NONE", Map.of(HORIZONTAL.toString(), "NONE"), "00:00", "23:59"));

        messages.pipeInput(HORIZONTAL.toString(), post(HORIZONTAL, EHIME, "coordinator", "ALERT", MORNING)
                .setText("大雨特別警報：避難所を開設してください").build());

        Map<String, NotificationRequested> out = requested.readKeyValuesToMap();
        assertThat(out).containsOnlyKeys("saijo-1", "saijo-2", "uwajima-1");
        NotificationRequested saijo = out.get("saijo-1");
        assertThat(saijo.getCategory()).isEqualTo("ALERT");
        assertThat(saijo.getPriority()).isEqualTo("CRITICAL");
        assertThat(saijo.getPushAfter()).isNull();
        assertThat(saijo.getEmail()).isTrue();
        assertThat(saijo.getDigest()).isEqualTo("NONE");
        assertThat(saijo.getTitleJa()).startsWith("【緊急】");
    }

    @Test
    void aCorrectionOfAnAlertSaysSoToEveryoneAndAnOrdinaryEditOrRetractionNotifiesNobody() {
        prefer("saijo-1", preferences("saijo-1", "NONE", Map.of(), null, null));
        MessagePosted alert = post(HORIZONTAL, EHIME, "coordinator", "ALERT", MORNING).build();
        MessagePosted text = post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING).build();
        messages.pipeInput(HORIZONTAL.toString(), alert);
        messages.pipeInput(HORIZONTAL.toString(), text);
        requested.readValuesToList();

        messages.pipeInput(HORIZONTAL.toString(), RouterEvents.edit(text, "訂正なしの編集"));
        messages.pipeInput(HORIZONTAL.toString(), RouterEvents.retraction(text));
        assertThat(requested.isEmpty()).isTrue();

        messages.pipeInput(HORIZONTAL.toString(), RouterEvents.correction(alert, "避難所は西条市役所です", MORNING.plusSeconds(600)));
        Map<String, NotificationRequested> out = requested.readKeyValuesToMap();
        assertThat(out).containsOnlyKeys("saijo-1", "saijo-2", "uwajima-1");
        assertThat(out.get("saijo-1").getCategory()).isEqualTo("ALERT_CORRECTION");
        assertThat(out.get("saijo-1").getPriority()).isEqualTo("CRITICAL");
        assertThat(out.get("saijo-1").getTitleJa()).contains("訂正");
        assertThat(out.get("saijo-1").getBody()).isEqualTo("避難所は西条市役所です");
    }

    @Test
    void aReplayedEventYieldsTheSameNotificationIdsAndEachRecipientHasItsOwn() {
        MessagePosted post = post(HORIZONTAL, UWAJIMA, "uwajima-1", "TEXT", MORNING).build();
        messages.pipeInput(HORIZONTAL.toString(), post);
        List<NotificationRequested> first = requested.readValuesToList();
        messages.pipeInput(HORIZONTAL.toString(), post);
        List<NotificationRequested> replay = requested.readValuesToList();

        assertThat(replay).extracting(NotificationRequested::getNotificationId)
                .containsExactlyElementsOf(first.stream().map(NotificationRequested::getNotificationId).toList());
        assertThat(first).extracting(NotificationRequested::getNotificationId).doesNotHaveDuplicates();
        assertThat(first).allSatisfy(n -> {
            assertThat(n.getMeta().getEventId()).isEqualTo(n.getNotificationId());
            assertThat(n.getMeta().getCausationId()).isEqualTo(post.getMeta().getEventId().toString());
        });
    }

    @Test
    void aReminderGoesOnlyToThePendingTownsMembers() {
        MessagePosted announcement = post(HORIZONTAL, EHIME, "coordinator", "ANNOUNCEMENT", MORNING)
                .setText("マイナンバーカード交付状況の確認をお願いします").setDeadline(Instant.parse("2030-06-30T08:00:00Z")).build();
        messages.pipeInput(HORIZONTAL.toString(), announcement);
        assertThat(requested.readValuesToList()).allSatisfy(n -> {
            assertThat(n.getCategory()).isEqualTo("ANNOUNCEMENT");
            assertThat(n.getBody()).contains("確認期限 / Acknowledge by: 2030年6月30日 17:00");
        });

        messages.pipeInput(HORIZONTAL.toString(), RouterEvents.reminder(announcement, SAIJO));

        List<NotificationRequested> reminders = requested.readValuesToList();
        assertThat(reminders).extracting(NotificationRequested::getRecipientUserId).containsExactlyInAnyOrder("saijo-1", "saijo-2");
        assertThat(reminders.get(0).getCategory()).isEqualTo("REMINDER");
        assertThat(reminders.get(0).getTitleJa()).isEqualTo("【リマインド】「チーム愛媛 全体」のお知らせの確認期限は2030年6月30日 17:00です");
        assertThat(reminders.get(0).getBody()).isEqualTo("マイナンバーカード交付状況の確認をお願いします");
    }

    @Test
    void aResponseGoesToTheAuthorAndAPromotionToThePersonPromoted() {
        MessagePosted seminar = post(HORIZONTAL, EHIME, "coordinator", "EVENT", MORNING).build();
        messages.pipeInput(HORIZONTAL.toString(), seminar);
        requested.readValuesToList();

        messages.pipeInput(HORIZONTAL.toString(), RouterEvents.response(seminar, "RSVP_CONFIRMED", SAIJO, "saijo-1"));
        List<NotificationRequested> toAuthor = requested.readValuesToList();
        assertThat(toAuthor).extracting(NotificationRequested::getRecipientUserId).containsExactly("coordinator");
        assertThat(toAuthor.get(0).getCategory()).isEqualTo("RESPONSE");
        assertThat(toAuthor.get(0).getTitleJa()).isEqualTo("saijo-1 name（382060）が参加登録しました");

        messages.pipeInput(HORIZONTAL.toString(), RouterEvents.response(seminar, "RSVP_PROMOTED", SAIJO, "saijo-2"));
        List<NotificationRequested> promoted = requested.readValuesToList();
        assertThat(promoted).extracting(NotificationRequested::getRecipientUserId).containsExactly("saijo-2");
        assertThat(promoted.get(0).getTitleJa()).isEqualTo("キャンセル待ちから参加が確定しました");
    }

    @Test
    void aConfirmedExpertVisitNotifiesTheTownsPeopleAndTheExpert() {
        UUID expertId = UUID.randomUUID();
        input(DirectoryTopics.PEOPLE).pipeInput(EHIME, people(EHIME, "coordinator", "expert.design-ux"));
        input(ExpertTopics.EXPERTS).pipeInput(expertId.toString(), RouterEvents.expert(expertId, "expert.design-ux"));

        requests.pipeInput("r", RouterEvents.visit("confirm", SAIJO, expertId, Instant.parse("2030-06-10T01:00:00Z")));
        List<NotificationRequested> out = requested.readValuesToList();
        assertThat(out).extracting(NotificationRequested::getRecipientUserId)
                .containsExactlyInAnyOrder("saijo-1", "saijo-2", "expert.design-ux");
        assertThat(out.get(0).getCategory()).isEqualTo("EXPERT_VISIT");
        assertThat(out.get(0).getTitleJa()).isEqualTo("専門官の訪問が確定しました（2030年6月10日 10:00）");
        assertThat(out.get(0).getLink()).startsWith("/api/v1/expert-requests/");

        requests.pipeInput("r", RouterEvents.visit("triage", SAIJO, null, MORNING));
        assertThat(requested.isEmpty()).isTrue();
        requests.pipeInput("r", RouterEvents.visit("release", SAIJO, expertId, Instant.parse("2030-06-10T01:00:00Z")));
        assertThat(requested.readValuesToList()).hasSize(3)
                .allSatisfy(n -> assertThat(n.getTitleEn()).isEqualTo("Expert visit released (2030-06-10 10:00 JST)"));
    }

    private List<String> recipients() {
        return requested.readValuesToList().stream().map(NotificationRequested::getRecipientUserId).toList();
    }

    private void prefer(String userId, jp.lg.platform.events.notifications.NotificationPreferencesChanged preferences) {
        input(NotificationTopics.PREFERENCES).pipeInput(userId, preferences);
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
