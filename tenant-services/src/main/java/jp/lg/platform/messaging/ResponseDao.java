package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The responses towns give to messages: acknowledgements, inquiry answers and seminar RSVPs.
 * Each town writes its own rows; everyone in the channel reads them all (row-level security).
 */
@RegisterConstructorMapper(ResponseDao.Acknowledgement.class)
@RegisterConstructorMapper(ResponseDao.Answer.class)
@RegisterConstructorMapper(Rsvp.class)
public interface ResponseDao {

    /** A town's acknowledgement (確認) of an announcement. */
    record Acknowledgement(String tenantCode, String userId, Instant acknowledgedAt) {}

    /** A town's answer to an inquiry: the values by field key, as JSON. */
    record Answer(String tenantCode, String userId, String answer, Instant answeredAt, Instant updatedAt) {}

    @SqlUpdate("insert into message_acknowledgements (message_id, tenant_code, channel_id, user_id, acknowledged_at)"
            + " values (:message, :tenant, :channel, :user, :at) on conflict do nothing")
    int acknowledge(@Bind("message") UUID message, @Bind("tenant") String tenant, @Bind("channel") UUID channel,
            @Bind("user") String user, @Bind("at") Instant at);

    @SqlQuery("select tenant_code, user_id, acknowledged_at from message_acknowledgements where message_id = :message")
    List<Acknowledgement> acknowledgements(@Bind("message") UUID message);

    /** Returns true when the town answers for the first time, false when it changes its answer. */
    @SqlQuery("insert into inquiry_answers (message_id, tenant_code, channel_id, user_id, answer, answered_at, updated_at)"
            + " values (:message, :tenant, :channel, :user, cast(:answer as jsonb), :at, :at)"
            + " on conflict (message_id, tenant_code) do update set user_id = excluded.user_id,"
            + " answer = excluded.answer, updated_at = excluded.updated_at returning (xmax = 0)")
    boolean answer(@Bind("message") UUID message, @Bind("tenant") String tenant, @Bind("channel") UUID channel,
            @Bind("user") String user, @Bind("answer") String answer, @Bind("at") Instant at);

    @SqlQuery("select tenant_code, user_id, answer::text as answer, answered_at, updated_at from inquiry_answers"
            + " where message_id = :message order by tenant_code")
    List<Answer> answers(@Bind("message") UUID message);

    String RSVP_COLUMNS = "seq, message_id, tenant_code, user_id, username, status, created_at, updated_at";

    @SqlQuery("select " + RSVP_COLUMNS + " from event_rsvps where message_id = :message and status <> 'CANCELLED'"
            + " order by seq")
    List<Rsvp> liveRsvps(@Bind("message") UUID message);

    @SqlQuery("select " + RSVP_COLUMNS + " from event_rsvps where message_id = :message and user_id = :user"
            + " and status <> 'CANCELLED'")
    Optional<Rsvp> liveRsvpOf(@Bind("message") UUID message, @Bind("user") String user);

    @SqlQuery("insert into event_rsvps (message_id, tenant_code, channel_id, user_id, username, status)"
            + " values (:message, :tenant, :channel, :user, :username, :status) returning " + RSVP_COLUMNS)
    Rsvp addRsvp(@Bind("message") UUID message, @Bind("tenant") String tenant, @Bind("channel") UUID channel,
            @Bind("user") String user, @Bind("username") String username, @Bind("status") String status);

    @SqlUpdate("update event_rsvps set status = :status, updated_at = now() where seq = :seq")
    void setRsvpStatus(@Bind("seq") long seq, @Bind("status") String status);
}
