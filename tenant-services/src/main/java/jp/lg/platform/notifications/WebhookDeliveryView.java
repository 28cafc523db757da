package jp.lg.platform.notifications;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One entry of a webhook's delivery log. {@code id} is the {@code webhook-id} header the receiver saw. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(UUID id, @Schema(example = "notification.announcement") String eventType,
        UUID sourceEventId, @Schema(description = "PENDING, DELIVERED or FAILED") String status,
        @Schema(example = "3") int attempts, @Schema(nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(nullable = true) OffsetDateTime lastAttemptAt, @Schema(nullable = true, example = "503") Integer lastStatusCode,
        @Schema(nullable = true) String lastError, @Schema(nullable = true) OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id(), d.eventType(), d.sourceEventId(), d.status(), d.attempts(),
                "PENDING".equals(d.status()) ? NotificationView.tokyo(d.nextAttemptAt()) : null,
                NotificationView.tokyo(d.lastAttemptAt()), d.lastStatusCode(), d.lastError(),
                NotificationView.tokyo(d.deliveredAt()), NotificationView.tokyo(d.createdAt()));
    }
}
