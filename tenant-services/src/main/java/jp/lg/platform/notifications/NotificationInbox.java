package jp.lg.platform.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import jp.lg.platform.core.events.consumer.ConsumedEvent;
import jp.lg.platform.core.events.consumer.EventHandler;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.jdbi.v3.core.Handle;

/**
 * Writes each requested notification into the recipient's inbox ({@code notifications}, primary
 * key the notification id, so a replay or a restart never writes one twice), inside the
 * recipient's tenant. A notification that may be pushed now gets its place in the recipient's
 * live stream and wakes the streams through {@value #CHANNEL}; its e-mail is scheduled; and each
 * active webhook of the recipient's town gets one delivery per source event ({@link WebhookPayloads}).
 */
final class NotificationInbox implements EventHandler<NotificationRequested> {

    /** The PostgreSQL channel that carries the user id of each new streamable notification. */
    static final String CHANNEL = "lg_notifications";

    private static final String INSERT = """
            with inserted as (
                insert into notifications (id, tenant_code, recipient_user_id, category, priority, title_ja, title_en,
                    body, channel_id, message_id, subject_id, link, source_event_id, occurred_at, push_after, digest,
                    stream_seq, email_status, email_due_at)
                values (:id, :tenant, :user, :category, :priority, :titleJa, :titleEn, :body, cast(:channel as uuid),
                    cast(:message as uuid), cast(:subject as text), cast(:link as text), :source, :occurredAt,
                    cast(:pushAfter as timestamptz), :digest,
                    case when cast(:pushAfter as timestamptz) is null or cast(:pushAfter as timestamptz) <= now()
                        then nextval('notification_stream_seq') end,
                    :emailStatus, cast(:emailDue as timestamptz))
                on conflict (id) do nothing
                returning recipient_user_id, stream_seq
            ), hooks as (
                insert into webhook_deliveries (id, webhook_id, tenant_code, source_event_id, message_id, event_type,
                    payload, status, next_attempt_at)
                select cast(md5(cast(w.id as text) || cast(:source as text)) as uuid), w.id, w.tenant_code, :source,
                    cast(:message as uuid), cast(:eventType as text), cast(:payload as text), 'PENDING', now()
                from webhooks w
                where w.tenant_code = :tenant and w.active and cast(:eventType as text) is not null
                    and exists (select 1 from inserted)
                on conflict (webhook_id, source_event_id) do nothing
            )
            select pg_notify('""" + CHANNEL + "', recipient_user_id) from inserted where stream_seq is not null";

    private final boolean emailConfigured;
    private final Clock clock;

    NotificationInbox(boolean emailConfigured, Clock clock) {
        this.emailConfigured = emailConfigured;
        this.clock = clock;
    }

    @Override
    public void handle(Handle handle, ConsumedEvent<NotificationRequested> event) {
        NotificationRequested n = event.value();
        handle.createQuery("select set_config(:setting, :tenant, true), lg_lock_recipient(:user)")
                .bind("setting", TenantTransactions.TENANT_SETTING)
                .bind("tenant", n.getRecipientTenantCode())
                .bind("user", n.getRecipientUserId())
                .mapToMap().one();
        Instant ready = n.getPushAfter() == null || n.getPushAfter().isBefore(clock.instant()) ? clock.instant() : n.getPushAfter();
        String emailStatus = !n.getEmail() ? "EMAIL_OFF" : emailConfigured ? "PENDING" : "NOT_CONFIGURED";
        String eventType = WebhookPayloads.eventType(n).orElse(null);
        handle.createQuery(INSERT)
                .bind("id", n.getNotificationId())
                .bind("tenant", n.getRecipientTenantCode())
                .bind("user", n.getRecipientUserId())
                .bind("category", n.getCategory())
                .bind("priority", n.getPriority())
                .bind("titleJa", n.getTitleJa())
                .bind("titleEn", n.getTitleEn())
                .bind("body", n.getBody())
                .bind("channel", n.getChannelId())
                .bind("message", n.getMessageId())
                .bind("subject", n.getSubjectId())
                .bind("link", n.getLink())
                .bind("source", causation(n))
                .bind("occurredAt", Timestamp.from(n.getMeta().getOccurredAt()))
                .bind("pushAfter", n.getPushAfter() == null ? null : Timestamp.from(n.getPushAfter()))
                .bind("digest", n.getDigest())
                .bind("emailStatus", emailStatus)
                .bind("emailDue", "PENDING".equals(emailStatus)
                        ? Timestamp.from(EmailSchedule.due(Digest.valueOf(n.getDigest()), ready)) : null)
                .bind("eventType", eventType)
                .bind("payload", eventType == null ? null : WebhookPayloads.payload(n, eventType))
                .mapToMap().list();
    }

    private static UUID causation(NotificationRequested n) {
        String cause = n.getMeta().getCausationId();
        return cause == null ? n.getNotificationId() : UUID.fromString(cause);
    }
}
