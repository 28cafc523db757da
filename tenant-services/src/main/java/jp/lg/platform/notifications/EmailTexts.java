package jp.lg.platform.notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The subject and plain-text body of a notification e-mail, Japanese first with English beside
 * it: one notification, or a digest listing several. Pure.
 */
final class EmailTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").withZone(QuietHours.TOKYO);
    private static final String FOOTER = "\n--\n自治体共通基盤からの通知です。通知設定は /api/v1/notifications/preferences で変更できます。\n"
            + "A notification from lg-platform; change your preferences at /api/v1/notifications/preferences.\n";

    private EmailTexts() {}

    record Mail(String subject, String body) {}

    static Mail of(List<Notification> notifications) {
        return notifications.size() == 1 ? single(notifications.get(0)) : digest(notifications);
    }

    private static Mail single(Notification n) {
        String subject = ("CRITICAL".equals(n.priority()) ? "" : "[通知] ") + n.titleJa() + " / " + n.titleEn();
        return new Mail(subject, n.titleJa() + "\n" + n.titleEn() + "\n" + WHEN.format(n.occurredAt()) + " (JST)\n\n"
                + n.body() + "\n" + link(n) + FOOTER);
    }

    private static Mail digest(List<Notification> notifications) {
        StringBuilder body = new StringBuilder(notifications.size() + "件の通知があります。\n"
                + "You have " + notifications.size() + " notifications.\n");
        for (Notification n : notifications) {
            body.append("\n■ ").append(WHEN.format(n.occurredAt())).append(" ").append(n.titleJa()).append("\n  ")
                    .append(n.titleEn()).append("\n  ").append(n.body().replace("\n", "\n  ")).append("\n")
                    .append(link(n).isEmpty() ? "" : "  " + link(n).strip() + "\n");
        }
        return new Mail("[通知まとめ] " + notifications.size() + "件の通知 / " + notifications.size() + " notifications",
                body + FOOTER);
    }

    private static String link(Notification n) {
        return n.link() == null ? "" : "\n" + n.link() + "\n";
    }
}
