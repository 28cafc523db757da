package jp.lg.platform.messaging;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * {@code channels}, {@code channel_tenants} and {@code channel_members}, inside a tenant transaction:
 * row-level security shows the channels the tenant takes part in (and owns). A channel with its members
 * comes from {@link ChannelMembership}.
 */
@RegisterConstructorMapper(ChannelSummary.class)
public interface ChannelDao extends ChannelMembership {

    /** Serialises changes to one channel key (a collaboration's provisioning, one channel's members). */
    @SqlQuery("select 1 from pg_advisory_xact_lock(hashtext('channels:' || :key))")
    int lock(@Bind("key") String key);

    /** The VERTICAL and HORIZONTAL channels of a collaboration, oldest first. */
    @SqlQuery(WITH_MEMBERS + " where c.collaboration_code = :collaboration and c.kind in ('VERTICAL', 'HORIZONTAL')"
            + " order by c.seq")
    @UseRowMapper(ChannelRowMapper.class)
    List<Channel> provisioned(@Bind("collaboration") String collaboration);

    /**
     * The collaboration's lead takes over the provisioned channels a previous lead owned (policy
     * {@code lead_takes_over}, migration V15); returns how many it took.
     */
    @SqlUpdate("update channels set tenant_code = :lead, updated_at = now() where collaboration_code = :collaboration"
            + " and kind in ('VERTICAL', 'HORIZONTAL') and tenant_code <> :lead")
    int takeOver(@Bind("collaboration") String collaboration, @Bind("lead") String lead);

    @SqlUpdate("insert into channels (id, tenant_code, kind, collaboration_code, subject_code, name, created_by)"
            + " values (:id, :owner, :kind, :collaboration, :subject, :name, :createdBy)")
    void insert(@Bind("id") UUID id, @Bind("owner") String owner, @Bind("kind") String kind,
            @Bind("collaboration") String collaboration, @Bind("subject") String subject, @Bind("name") String name,
            @Bind("createdBy") String createdBy);

    @SqlUpdate("update channels set name = :name, archived = :archived, updated_at = now() where id = :id")
    void update(@Bind("id") UUID id, @Bind("name") String name, @Bind("archived") boolean archived);

    @SqlUpdate("insert into channel_tenants (channel_id, tenant_code) values (:id, :tenant) on conflict do nothing")
    void addTenant(@Bind("id") UUID id, @Bind("tenant") String tenant);

    @SqlUpdate("delete from channel_tenants where channel_id = :id and tenant_code = :tenant")
    void removeTenant(@Bind("id") UUID id, @Bind("tenant") String tenant);

    @SqlUpdate("insert into channel_members (channel_id, user_id, tenant_code) values (:id, :user, :tenant)"
            + " on conflict do nothing")
    int addMember(@Bind("id") UUID id, @Bind("user") String user, @Bind("tenant") String tenant);

    @SqlUpdate("delete from channel_members where channel_id = :id and user_id = :user")
    int removeMember(@Bind("id") UUID id, @Bind("user") String user);

    /**
     * A page of the channels {@code user} of {@code tenant} is in, by creation, with unread messages
     * (after the read marker, not their own, not retracted) and those among them that mention them.
     */
    @SqlQuery("select " + COLUMNS + ", "
            + " (select count(*) from messages m where m.channel_id = c.id and m.seq > coalesce(r.last_read_seq, 0)"
            + "   and m.author_user_id <> :user and m.retracted_at is null) as unread,"
            + " (select count(*) from messages m where m.channel_id = c.id and m.seq > coalesce(r.last_read_seq, 0)"
            + "   and m.author_user_id <> :user and m.retracted_at is null and (:user = any(m.mentioned_user_ids)"
            + "   or :tenant = any(m.mentioned_tenant_codes) or m.mentions_all)) as mentions"
            + " from channels c left join channel_reads r on r.channel_id = c.id and r.user_id = :user"
            + " where c.seq > :after and lg_takes_part(c.id) and (c.kind in ('VERTICAL', 'HORIZONTAL')"
            + "   or exists (select 1 from channel_members cm where cm.channel_id = c.id and cm.user_id = :user))"
            + " order by c.seq limit :limit")
    List<ChannelSummary> mine(@Bind("tenant") String tenant, @Bind("user") String user, @Bind("after") long after,
            @Bind("limit") int limit);

    /** TOPIC channels of the tenant's collaborations that {@code user} has not joined, open to join. */
    @SqlQuery("select " + COLUMNS + ", 0 as unread, 0 as mentions from channels c"
            + " where c.seq > :after and c.kind = 'TOPIC' and not c.archived and lg_takes_part(c.id)"
            + " and not exists (select 1 from channel_members cm where cm.channel_id = c.id and cm.user_id = :user)"
            + " order by c.seq limit :limit")
    List<ChannelSummary> joinable(@Bind("user") String user, @Bind("after") long after, @Bind("limit") int limit);

    @SqlUpdate("insert into channel_reads (channel_id, user_id, tenant_code, last_read_seq)"
            + " values (:id, :user, :tenant, :seq) on conflict (channel_id, user_id)"
            + " do update set last_read_seq = greatest(channel_reads.last_read_seq, excluded.last_read_seq), read_at = now()")
    void markRead(@Bind("id") UUID id, @Bind("user") String user, @Bind("tenant") String tenant, @Bind("seq") long seq);
}
