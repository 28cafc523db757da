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
 * {@code messages}, their earlier versions and reactions, inside a tenant transaction: row-level
 * security shows the messages of channels the tenant takes part in; the service checks membership.
 * Finding and inserting one message come from {@link MessagePosting}.
 */
@RegisterConstructorMapper(Message.class)
@RegisterConstructorMapper(MessageVersion.class)
@RegisterConstructorMapper(Reaction.class)
public interface MessageDao extends MessagePosting {

    /** Serialises responses to one message (RSVPs, acknowledgements) until the transaction ends. */
    @SqlQuery("select 1 from pg_advisory_xact_lock(hashtext('message:' || :id))")
    int lock(@Bind("id") UUID id);

    /** Newest first, before {@code beforeSeq}; one thread (its first message and replies) when {@code thread} is set. */
    @SqlQuery("select " + COLUMNS + " from messages where channel_id = :channel and seq < :before"
            + " and (cast(:thread as uuid) is null or id = :thread or thread_root_id = :thread)"
            + " order by seq desc limit :limit")
    List<Message> page(@Bind("channel") UUID channel, @Bind("thread") UUID thread, @Bind("before") long beforeSeq,
            @Bind("limit") int limit);

    @SqlQuery("select seq from messages where channel_id = :channel and id = :id")
    Optional<Long> seqOf(@Bind("channel") UUID channel, @Bind("id") UUID id);

    @SqlQuery("select coalesce(max(seq), 0) from messages where channel_id = :channel")
    long lastSeq(@Bind("channel") UUID channel);

    @SqlUpdate("insert into message_versions (message_id, version, channel_id, tenant_code, text, written_at)"
            + " select id, version, channel_id, tenant_code, text, coalesce(edited_at, created_at) from messages where id = :id")
    void keepVersion(@Bind("id") UUID id);

    @SqlUpdate("update messages set text = :text, mentioned_user_ids = :users, mentioned_tenant_codes = :tenants,"
            + " mentions_all = :all, version = version + 1, edited_at = :at where id = :id")
    void edit(@Bind("id") UUID id, @Bind("text") String text, @Bind("users") String[] users,
            @Bind("tenants") String[] tenants, @Bind("all") boolean all, @Bind("at") Instant at);

    @SqlUpdate("update messages set text = null, retracted_at = :at where id = :id")
    void retract(@Bind("id") UUID id, @Bind("at") Instant at);

    @SqlUpdate("delete from message_versions where message_id = :id")
    void forgetVersions(@Bind("id") UUID id);

    @SqlQuery("select version, text, written_at from message_versions where message_id = :id order by version")
    List<MessageVersion> versions(@Bind("id") UUID id);

    @SqlUpdate("insert into message_reactions (message_id, user_id, emoji, channel_id, tenant_code)"
            + " values (:id, :user, :emoji, :channel, :tenant) on conflict do nothing")
    int react(@Bind("id") UUID id, @Bind("user") String user, @Bind("emoji") String emoji,
            @Bind("channel") UUID channel, @Bind("tenant") String tenant);

    @SqlUpdate("delete from message_reactions where message_id = :id and user_id = :user and emoji = :emoji")
    int unreact(@Bind("id") UUID id, @Bind("user") String user, @Bind("emoji") String emoji);

    @SqlQuery("select message_id, emoji, user_id from message_reactions where message_id = any(:ids)"
            + " order by reacted_at, user_id")
    List<Reaction> reactions(@Bind("ids") UUID[] ids);

    @SqlUpdate("delete from message_reactions where message_id = :id")
    void forgetReactions(@Bind("id") UUID id);
}
