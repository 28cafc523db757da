package jp.lg.platform.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The {@code tenant_history} table. */
@RegisterRowMapper(TenantHistoryDao.EntryMapper.class)
public interface TenantHistoryDao {

    /** A tenant's changes older than {@code beforeSeq}, newest first. */
    @SqlQuery("select seq, event_id, tenant_code, kind, changed_fields, actor, occurred_at, recorded_at"
            + " from tenant_history where tenant_code = :code and seq < :before order by seq desc limit :limit")
    List<TenantHistoryEntry> page(@Bind("code") String tenantCode, @Bind("before") long beforeSeq,
            @Bind("limit") int limit);

    /** Maps a row; {@code changed_fields} is a PostgreSQL {@code text[]}. */
    final class EntryMapper implements RowMapper<TenantHistoryEntry> {
        @Override
        public TenantHistoryEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new TenantHistoryEntry(rs.getLong("seq"), rs.getObject("event_id", UUID.class),
                    rs.getString("tenant_code"), rs.getString("kind"),
                    List.of((String[]) rs.getArray("changed_fields").getArray()), rs.getString("actor"),
                    instant(rs, "occurred_at"), instant(rs, "recorded_at"));
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            return rs.getObject(column, OffsetDateTime.class).toInstant();
        }
    }
}
