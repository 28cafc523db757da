package jp.lg.platform.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.lg.platform.core.events.consumer.ConsumedEvent;
import jp.lg.platform.core.events.consumer.EventHandler;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Writes each requested notification into the recipient's inbox ({@code notifications}, primary
 * key the notification id, so a replay or a restart never writes one twice), under the recipient's
 * tenant code; a poll's notifications are written together. A notification that may be pushed now gets its place in the recipient's
 * live stream and wakes the streams through {@value #CHANNEL}; its e-mail is scheduled; and each
 * active webhook of the recipient's town gets one delivery per source event ({@link WebhookPayloads}).
 */
final class NotificationInbox implements EventHandler<NotificationRequested> {

    /** The PostgreSQL channel that carries the user id of each new streamable notification. */
    static final String CHANNEL = "lg_notifications";

    /**
     * One row per notification from parallel arrays (in the order of the poll), written in one
     * statement: the inbox rows, one delivery per active webhook of the recipient's town and source
     * event, and one wake-up per recipient who has something to stream now.
     */
    private static final String INSERT = """
            with batch as (
                select * from unnest(cast(:ids as text[]), cast(:tenants as text[]), cast(:users as text[]),
                        cast(:categories as text[]), cast(:priorities as text[]), cast(:titlesJa as text[]),
                        cast(:titlesEn as text[]), cast(:bodies as text[]), cast(:channels as text[]),
                        cast(:messages as text[]), cast(:subjects as text[]), cast(:links as text[]),
                        cast(:sources as text[]), cast(:occurred as text[]), cast(:pushAfter as text[]),
                        cast(:digests as text[]), cast(:emailStatus as text[]), cast(:emailDue as text[]),
                        cast(:eventTypes as text[]), cast(:payloads as text[]))
                    with ordinality as b(id, tenant, recipient, category, priority, title_ja, title_en, body, channel,
                        message, subject, link, source, occurred_at, push_after, digest, email_status, email_due,
                        event_type, payload, ord)
            ), inserted as (
                insert into notifications (id, tenant_code, recipient_user_id, category, priority, title_ja, title_en,
                    body, channel_id, message_id, subject_id, link, source_event_id, occurred_at, push_after, digest,
                    stream_seq, email_status, email_due_at)
                select cast(id as uuid), tenant, recipient, category, priority, title_ja, title_en, body,
                    cast(channel as uuid), cast(message as uuid), subject, link, cast(source as uuid),
                    cast(occurred_at as timestamptz), cast(push_after as timestamptz), digest,
                    case when push_after is null or cast(push_after as timestamptz) <= now()
                        then nextval('notification_stream_seq') end,
                    email_status, cast(email_due as timestamptz)
                from batch order by ord
                on conflict (id) do nothing
                returning id, tenant_code, recipient_user_id, stream_seq
            ), hooks as (
                insert into webhook_deliveries (id, webhook_id, tenant_code, source_event_id, message_id, event_type,
                    payload, status, next_attempt_at)
                select distinct on (w.id, b.source) cast(md5(cast(w.id as text) || b.source) as uuid), w.id,
                    w.tenant_code, cast(b.source as uuid), cast(b.message as uuid), b.event_type, b.payload,
                    'PENDING', now()
                from inserted i
                join batch b on cast(b.id as uuid) = i.id
                join webhooks w on w.tenant_code = i.tenant_code and w.active
                where b.event_type is not null
                order by w.id, b.source, b.ord
                on conflict (webhook_id, source_event_id) do nothing
            )
            select pg_notify('%s', recipient_user_id)
            from (select distinct recipient_user_id from inserted where stream_seq is not null) r
            """.formatted(CHANNEL);

    /**
     * Every recipient's lock, in one order for every transaction that takes several (so two
     * instances consuming at once cannot deadlock): a stream resuming after a number never misses
     * a lower one committed later.
     */
    private static final String LOCK_RECIPIENTS = """
            select count(*) from (
                select lg_lock_recipient(recipient)
                from (select distinct recipient from unnest(cast(:users as text[])) as u(recipient)) d
                order by hashtext(recipient), recipient
            ) locked
            """;

    private final boolean emailConfigured;
    private final Clock clock;

    NotificationInbox(boolean emailConfigured, Clock clock) {
        this.emailConfigured = emailConfigured;
        this.clock = clock;
    }

    @Override
    public void handle(Handle handle, ConsumedEvent<NotificationRequested> event) {
        handleAll(handle, List.of(event));
    }

    /**
     * The notifications of a poll in three statements whatever their number: enter the delivery
     * workers' view (the recipients belong to many towns), lock the recipients, write everything.
     */
    @Override
    public void handleAll(Handle handle, List<ConsumedEvent<NotificationRequested>> events) {
        Workers.enter(handle);
        Instant now = clock.instant();
        Columns columns = new Columns(events.size());
        for (ConsumedEvent<NotificationRequested> event : events) {
            columns.add(event.value(), now);
        }
        handle.createQuery(LOCK_RECIPIENTS).bindArray("users", String.class, columns.users).mapTo(Long.class).one();
        Query insert = handle.createQuery(INSERT);
        columns.bindTo(insert);
        insert.mapToMap().list();
    }

    /** The statement's parameters: one array per column, one element per notification. */
    private final class Columns {
        final List<String> users;
        private final Map<String, List<String>> byName = new LinkedHashMap<>();

        Columns(int size) {
            for (String name : List.of("ids", "tenants", "users", "categories", "priorities", "titlesJa", "titlesEn",
                    "bodies", "channels", "messages", "subjects", "links", "sources", "occurred", "pushAfter", "digests",
                    "emailStatus", "emailDue", "eventTypes", "payloads")) {
                byName.put(name, new ArrayList<>(size));
            }
            users = byName.get("users");
        }

        void add(NotificationRequested n, Instant now) {
            Instant ready = n.getPushAfter() == null || n.getPushAfter().isBefore(now) ? now : n.getPushAfter();
            String emailStatus = !n.getEmail() ? "EMAIL_OFF" : emailConfigured ? "PENDING" : "NOT_CONFIGURED";
            String eventType = WebhookPayloads.eventType(n).orElse(null);
            put("ids", n.getNotificationId());
            put("tenants", n.getRecipientTenantCode());
            put("users", n.getRecipientUserId());
            put("categories", n.getCategory());
            put("priorities", n.getPriority());
            put("titlesJa", n.getTitleJa());
            put("titlesEn", n.getTitleEn());
            put("bodies", n.getBody());
            put("channels", n.getChannelId());
            put("messages", n.getMessageId());
            put("subjects", n.getSubjectId());
            put("links", n.getLink());
            put("sources", causation(n));
            put("occurred", n.getMeta().getOccurredAt());
            put("pushAfter", n.getPushAfter());
            put("digests", n.getDigest());
            put("emailStatus", emailStatus);
            put("emailDue", "PENDING".equals(emailStatus) ? EmailSchedule.due(Digest.valueOf(n.getDigest()), ready) : null);
            put("eventTypes", eventType);
            put("payloads", eventType == null ? null : WebhookPayloads.payload(n, eventType));
        }

        private void put(String name, Object value) {
            byName.get(name).add(value == null ? null : value.toString());
        }

        void bindTo(Query query) {
            byName.forEach((name, values) -> query.bindArray(name, String.class, values));
        }
    }

    private static UUID causation(NotificationRequested n) {
        String cause = n.getMeta().getCausationId();
        return cause == null ? n.getNotificationId() : UUID.fromString(cause);
    }
}
