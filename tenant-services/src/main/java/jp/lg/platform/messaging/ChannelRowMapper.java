package jp.lg.platform.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps a row of {@link ChannelDao#WITH_MEMBERS} (a channel with its tenants and members as arrays) to a
 * {@link Channel}.
 */
public final class ChannelRowMapper implements RowMapper<Channel> {

    @Override
    public Channel map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Channel(
                rs.getObject("id", UUID.class),
                rs.getLong("seq"),
                ChannelKind.valueOf(rs.getString("kind")),
                rs.getString("collaboration_code"),
                Optional.ofNullable(rs.getString("subject_code")),
                rs.getString("tenant_code"),
                rs.getString("name"),
                rs.getBoolean("archived"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                List.of((String[]) rs.getArray("tenant_codes").getArray()),
                List.of((String[]) rs.getArray("user_ids").getArray()));
    }
}
