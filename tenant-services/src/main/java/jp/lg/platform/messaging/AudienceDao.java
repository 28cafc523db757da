package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * {@code message_audience}: the towns a message with a deadline asks, whether they responded and
 * whether they were reminded. Not tenant-owned (the reminder job reads it across tenants).
 */
@RegisterConstructorMapper(AudienceDao.Due.class)
public interface AudienceDao {

    /** A town whose reminder is due. */
    record Due(UUID messageId, UUID channelId, String tenantCode, String kind, Instant deadline) {}

    @SqlUpdate("insert into message_audience (message_id, tenant_code, channel_id, kind, deadline, remind_at)"
            + " values (:message, :tenant, :channel, :kind, :deadline, :remindAt)")
    void add(@Bind("message") UUID message, @Bind("tenant") String tenant, @Bind("channel") UUID channel,
            @Bind("kind") String kind, @Bind("deadline") Instant deadline, @Bind("remindAt") Instant remindAt);

    @SqlQuery("select tenant_code from message_audience where message_id = :message order by tenant_code")
    List<String> towns(@Bind("message") UUID message);

    @SqlUpdate("update message_audience set responded_at = coalesce(responded_at, :at)"
            + " where message_id = :message and tenant_code = :tenant")
    int responded(@Bind("message") UUID message, @Bind("tenant") String tenant, @Bind("at") Instant at);

    /**
     * Reminders due at {@code now}, locked: a row another instance holds is skipped, so each town
     * is reminded by exactly one transaction.
     */
    @SqlQuery("select message_id, channel_id, tenant_code, kind, deadline from message_audience"
            + " where responded_at is null and reminded_at is null and remind_at <= :now and deadline > :now"
            + " order by remind_at, message_id, tenant_code limit :limit for update skip locked")
    List<Due> lockDue(@Bind("now") Instant now, @Bind("limit") int limit);

    @SqlUpdate("update message_audience set reminded_at = :at where message_id = :message and tenant_code = :tenant")
    void reminded(@Bind("message") UUID message, @Bind("tenant") String tenant, @Bind("at") Instant at);
}
