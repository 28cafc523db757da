package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A notification as its recipient sees it; times in Asia/Tokyo. */
@Schema(name = "Notification")
public record NotificationView(
        UUID id,
        @Schema(description = "MESSAGE, MENTION, ANNOUNCEMENT, INQUIRY, EVENT, ALERT, ALERT_CORRECTION, REMINDER, "
                + "RESPONSE, EXPERT_VISIT or WEBHOOK_DISABLED", example = "ANNOUNCEMENT") String category,
        @Schema(description = "NORMAL or CRITICAL (alerts)", example = "NORMAL") String priority,
        @Schema(example = "「チーム愛媛 全体」にお知らせ（愛媛県 DX推進課）") String titleJa,
        @Schema(example = "Announcement in チーム愛媛 全体 from 愛媛県 DX推進課") String titleEn,
        @Schema(description = "Plain text, never HTML") String body,
        @Schema(nullable = true) UUID channelId,
        @Schema(nullable = true) UUID messageId,
        @Schema(nullable = true, description = "Another thing it is about, e.g. an expert request id") String subjectId,
        @Schema(nullable = true, example = "/api/v1/messages/0b6f3f0e-1f7a-4a8e-9a4f-6f1c2a9e6f0b") String link,
        @Schema(description = "When the event happened", example = "2030-06-03T10:00:00+09:00") OffsetDateTime occurredAt,
        @Schema(nullable = true, description = "Held back from stream and e-mail until then (your quiet hours)")
        OffsetDateTime pushAfter,
        @Schema(nullable = true) OffsetDateTime readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.category(), n.priority(), n.titleJa(), n.titleEn(), n.body(), n.channelId(),
                n.messageId(), n.subjectId(), n.link(), tokyo(n.occurredAt()), tokyo(n.pushAfter()), tokyo(n.readAt()));
    }

    static OffsetDateTime tokyo(Instant instant) {
        return instant == null ? null : instant.atZone(QuietHours.TOKYO).toOffsetDateTime();
    }
}
