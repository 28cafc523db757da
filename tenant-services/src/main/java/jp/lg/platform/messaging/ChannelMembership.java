package jp.lg.platform.messaging;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

/**
 * A channel with its tenants and members, inside a tenant transaction: what every message request
 * checks first. A DAO of its own, apart from {@link ChannelDao}, because attaching a SqlObject
 * prepares every method it declares (its mappers and arguments), and a post paid for all of
 * ChannelDao's on each request.
 */
public interface ChannelMembership {

    String COLUMNS = "c.id, c.seq, c.kind, c.collaboration_code, c.subject_code, c.tenant_code, c.name, c.archived,"
            + " c.created_at";

    /** A channel's columns, its tenants (by code) and its members one by one (by joining), in one statement. */
    String WITH_MEMBERS = "select " + COLUMNS + ","
            + " array(select t.tenant_code from channel_tenants t where t.channel_id = c.id order by t.tenant_code)"
            + " as tenant_codes,"
            + " array(select m.user_id from channel_members m where m.channel_id = c.id order by m.joined_at, m.user_id)"
            + " as user_ids"
            + " from channels c";

    /** The channel with its tenants and members, if the tenant takes part in it. */
    @SqlQuery(WITH_MEMBERS + " where c.id = :id and lg_takes_part(c.id)")
    @UseRowMapper(ChannelRowMapper.class)
    Optional<Channel> find(@Bind("id") UUID id);

    @SqlQuery("select distinct tenant_code from channel_members where channel_id = :id order by tenant_code")
    List<String> memberTenantsOf(@Bind("id") UUID id);

    /** The tenants whose people are in the channel: all of them, or those of its members one by one. */
    default List<String> memberTenants(Channel channel) {
        return channel.kind().isProvisioned() ? channel.tenantCodes() : memberTenantsOf(channel.id());
    }
}
