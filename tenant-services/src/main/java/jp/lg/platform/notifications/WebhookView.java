package jp.lg.platform.notifications;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A town's webhook; {@code secret} only in the answer to its registration, never again. */
@Schema(name = "Webhook")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookView(UUID id, @Schema(example = "https://hooks.example.jp/lg/saijo") String url,
        @Schema(nullable = true) String description,
        @Schema(description = "False once switched off after repeated failures") boolean active,
        @Schema(description = "Failed attempts in a row") int consecutiveFailures,
        @Schema(nullable = true) OffsetDateTime disabledAt, @Schema(nullable = true) String disabledReason,
        OffsetDateTime createdAt,
        @Schema(nullable = true, description = "Standard Webhooks secret (whsec_…), shown once: keep it to verify "
                + "webhook-signature", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {

    static WebhookView of(Webhook w, boolean withSecret) {
        return new WebhookView(w.id(), w.url(), w.description(), w.active(), w.consecutiveFailures(),
                NotificationView.tokyo(w.disabledAt()), w.disabledReason(), NotificationView.tokyo(w.createdAt()),
                withSecret ? w.secret() : null);
    }
}
