package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where one message's notifications got to (配信状況): per recipient and delivery channel (INBOX,
 * STREAM, EMAIL) whether and when it was delivered, or why not; and per webhook of the town.
 */
@Schema(name = "MessageDeliveries")
public record MessageDeliveries(UUID messageId, List<Recipient> recipients, List<WebhookStatus> webhooks) {

    @Schema(name = "MessageDeliveryRecipient")
    public record Recipient(String userId, @Schema(nullable = true) String displayName, String tenantCode,
            UUID notificationId, @Schema(example = "ALERT") String category, @Schema(example = "CRITICAL") String priority,
            List<Channel> channels) {}

    @Schema(name = "MessageDeliveryChannel")
    public record Channel(@Schema(description = "INBOX, STREAM or EMAIL") String channel, boolean delivered,
            @Schema(nullable = true) OffsetDateTime at,
            @Schema(nullable = true, example = "e-mail off in the recipient's preferences / 受信者の設定でメール通知オフ")
            String reason) {}

    @Schema(name = "MessageDeliveryWebhook")
    public record WebhookStatus(UUID webhookId, String url, UUID deliveryId, String status, int attempts,
            @Schema(nullable = true) OffsetDateTime deliveredAt, @Schema(nullable = true) String reason) {}

    /** The channels of one inbox row, judged at {@code now}. */
    static List<Channel> channelsOf(Notification n, Instant now) {
        List<Channel> channels = new ArrayList<>();
        channels.add(new Channel("INBOX", true, NotificationView.tokyo(n.createdAt()), null));
        channels.add(stream(n, now));
        channels.add(email(n));
        return channels;
    }

    private static Channel stream(Notification n, Instant now) {
        if (n.streamedAt() != null) {
            return new Channel("STREAM", true, NotificationView.tokyo(n.streamedAt()), null);
        }
        if (n.streamSeq() == null && n.pushAfter() != null && n.pushAfter().isAfter(now)) {
            return new Channel("STREAM", false, null, "quiet hours until " + NotificationView.tokyo(n.pushAfter())
                    + " / おやすみ時間のため保留中");
        }
        return new Channel("STREAM", false, null, "not connected: not streamed yet, waiting in the inbox / 未接続");
    }

    private static Channel email(Notification n) {
        return switch (n.emailStatus()) {
            case "SENT" -> new Channel("EMAIL", true, NotificationView.tokyo(n.emailedAt()), null);
            case "PENDING" -> new Channel("EMAIL", false, null, "scheduled for " + NotificationView.tokyo(n.emailDueAt())
                    + ("NONE".equals(n.digest()) ? "" : " (" + n.digest().toLowerCase(java.util.Locale.ROOT) + " digest)")
                    + " / 送信予定");
            case "EMAIL_OFF" -> new Channel("EMAIL", false, null, "e-mail off in the recipient's preferences / 受信者の設定でメール通知オフ");
            case "NO_ADDRESS" -> new Channel("EMAIL", false, null, "no e-mail address / メールアドレス未登録");
            case "NOT_CONFIGURED" -> new Channel("EMAIL", false, null, "e-mail is not configured on this platform / メール送信未設定");
            default -> new Channel("EMAIL", false, null, "failed: " + n.emailDetail() + " / 送信失敗");
        };
    }
}
