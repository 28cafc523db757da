package jp.lg.platform.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.jdbi.v3.core.Handle;

/**
 * Tells a town's staff and coordinators that its webhook was switched off: one
 * {@code NotificationRequested} each, through the outbox in the transaction that switches it
 * off, so it reaches their inbox, stream and e-mail like any other notification.
 */
final class WebhookDisabledNotice {

    /** Inside a transaction that sees the webhook's tenant (its people). */
    void tell(Handle h, Webhook webhook, String reason, Instant at) {
        List<String> people = h.createQuery("select user_id from people where tenant_code = :tenant"
                        + " and roles && array['staff', 'coordinator']::text[]")
                .bind("tenant", webhook.tenantCode()).mapTo(String.class).list();
        for (String userId : people) {
            UUID id = UUID.nameUUIDFromBytes(("webhook-disabled:" + webhook.id() + ":" + userId).getBytes(StandardCharsets.UTF_8));
            EventMetadata meta = EventMetadata.newBuilder().setEventId(id).setOccurredAt(at)
                    .setTenantCode(webhook.tenantCode()).setActor(EventMetadataFactory.SYSTEM)
                    .setCorrelationId(webhook.id().toString()).setCausationId(null).build();
            Outbox.append(h, NotificationTopics.REQUESTED, userId, NotificationRequested.newBuilder()
                    .setMeta(meta).setNotificationId(id).setRecipientUserId(userId)
                    .setRecipientTenantCode(webhook.tenantCode()).setCategory("WEBHOOK_DISABLED").setPriority("NORMAL")
                    .setTitleJa("Webhookを停止しました: " + webhook.url())
                    .setTitleEn("Webhook switched off: " + webhook.url())
                    .setBody("配信に続けて失敗したため停止しました。受信側を確認し、登録し直してください。\n"
                            + "It kept failing and was switched off; check the receiver and register it again.\n" + reason)
                    .setSubjectId(webhook.id().toString()).setLink("/api/v1/webhooks/" + webhook.id() + "/deliveries")
                    .setPushAfter(null).setDigest("NONE").setEmail(true).build());
        }
    }
}
