package jp.lg.platform.notifications;

import static jp.lg.platform.notifications.NotificationFixtures.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.events.notifications.NotificationRequested;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Notification e-mail over SMTP to a real GreenMail server: Japanese subject and body, digest, why not sent. */
@ExtendWith(DropwizardExtensionsSupport.class)
class NotificationEmailIT {

    static final GreenMail SMTP = startSmtp();

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension(
            ConfigOverride.config("notifications.email.host", "127.0.0.1"),
            ConfigOverride.config("notifications.email.port", Integer.toString(SMTP.getSmtp().getPort())),
            ConfigOverride.config("notifications.email.from", "notify@lg-platform.invalid"),
            ConfigOverride.config("notifications.email.pollInterval", "200ms"));

    private static final String UCHIKO = "384224";
    private static final String IKATA = "384429";
    private static final String KIHOKU = "384887";

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Test
    void aNotificationIsMailedInJapaneseToThePersonsAddress() throws Exception {
        String userId = userId(APP, Tokens.forUser("uchiko.staff"));
        NotificationRequested alert = requested(userId, UCHIKO, "ALERT", "CRITICAL", "【緊急】「内子町」の緊急連絡", "避難所を開設しました。", "NONE", true);
        NotificationFixtures.publish(NotificationTopics.REQUESTED, userId, alert);

        MimeMessage mail = awaitMail("uchiko.staff@384224.lg.invalid", 1).get(0);

        assertThat(mail.getSubject()).isEqualTo("【緊急】「内子町」の緊急連絡 / [ALERT] test");
        assertThat((String) mail.getContent()).contains("避難所を開設しました。", "【緊急】「内子町」の緊急連絡");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getHeader("X-LG-Notification-Ids")[0]).isEqualTo(alert.getNotificationId().toString());
        assertThat(emailStatus(alert.getNotificationId())).isEqualTo("SENT");
    }

    @Test
    void digestNotificationsGoTogetherInOneMailWhenTheDigestIsDue() throws Exception {
        String userId = userId(APP, Tokens.forUser("ikata.staff"));
        NotificationRequested first = requested(userId, IKATA, "ANNOUNCEMENT", "NORMAL", "お知らせ一", "本文一", "HOURLY", true);
        NotificationRequested second = requested(userId, IKATA, "INQUIRY", "NORMAL", "照会二", "本文二", "HOURLY", true);
        NotificationFixtures.publish(NotificationTopics.REQUESTED, userId, first);
        NotificationFixtures.publish(NotificationTopics.REQUESTED, userId, second);
        awaitStatus(second.getNotificationId(), "PENDING");
        assertThat(emailDueAt(first.getNotificationId())).isAfter(Instant.now());

        // the hour passes
        NotificationFixtures.acrossTenants(h -> h.createUpdate(
                "update notifications set email_due_at = now() where id in (:a, :b)")
                .bind("a", first.getNotificationId()).bind("b", second.getNotificationId()).execute());

        List<MimeMessage> mails = awaitMail("ikata.staff@384429.lg.invalid", 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("[通知まとめ] 2件の通知 / 2 notifications");
        assertThat((String) mails.get(0).getContent()).contains("お知らせ一", "本文一", "照会二", "本文二");
        assertThat(emailStatus(first.getNotificationId())).isEqualTo("SENT");
    }

    @Test
    void noMailForEmailOffOrWithoutAnAddressAndTheReasonIsKept() throws Exception {
        String userId = userId(APP, Tokens.forUser("kihoku.staff"));
        NotificationRequested off = requested(userId, KIHOKU, "MESSAGE", "NORMAL", "メール不要", "本文", "NONE", false);
        NotificationRequested nobody = requested("never-signed-in-" + UUID.randomUUID(), KIHOKU, "MESSAGE", "NORMAL", "宛先なし",
                "本文", "NONE", true);
        NotificationFixtures.publish(NotificationTopics.REQUESTED, userId, off);
        NotificationFixtures.publish(NotificationTopics.REQUESTED, nobody.getRecipientUserId(), nobody);

        awaitStatus(off.getNotificationId(), "EMAIL_OFF");
        awaitStatus(nobody.getNotificationId(), "NO_ADDRESS");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> subject(m).contains("メール不要") || subject(m).contains("宛先なし")))
                .isEmpty();
    }

    private static NotificationRequested requested(String userId, String tenant, String category, String priority,
            String title, String body, String digest, boolean email) {
        return NotificationRequested.newBuilder()
                .setMeta(RouterEvents.meta(tenant, "system", Instant.now()))
                .setNotificationId(UUID.randomUUID()).setRecipientUserId(userId).setRecipientTenantCode(tenant)
                .setCategory(category).setPriority(priority).setTitleJa(title)
                .setTitleEn("CRITICAL".equals(priority) ? "[ALERT] test" : "test").setBody(body)
                .setDigest(digest).setEmail(email).build();
    }

    private static List<MimeMessage> awaitMail(String to, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> mails = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> sentTo(m, to)).toList();
            if (mails.size() >= count) {
                return mails;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + to);
    }

    private static void awaitStatus(UUID id, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (status.equals(emailStatus(id))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("e-mail of " + id + " never became " + status + " (is " + emailStatus(id) + ")");
    }

    private static String emailStatus(UUID id) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery("select email_status from notifications where id = :id")
                .bind("id", id).mapTo(String.class).findOne().orElse(null));
    }

    private static Instant emailDueAt(UUID id) {
        return NotificationFixtures.acrossTenants(h -> h.createQuery("select email_due_at from notifications where id = :id")
                .bind("id", id).mapTo(Instant.class).one());
    }

    private static boolean sentTo(MimeMessage m, String to) {
        try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static GreenMail startSmtp() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            return mail;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
