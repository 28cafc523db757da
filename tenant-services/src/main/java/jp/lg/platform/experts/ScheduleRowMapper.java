package jp.lg.platform.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code schedules} to a {@link Schedule}. */
public final class ScheduleRowMapper implements RowMapper<Schedule> {

    @Override
    public Schedule map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Schedule(
                rs.getObject("id", UUID.class),
                LgCode.parse(rs.getString("tenant_code")),
                rs.getString("collaboration_code"),
                rs.getObject("horizon_from", java.time.LocalDate.class),
                rs.getObject("horizon_to", java.time.LocalDate.class),
                rs.getInt("time_limit_seconds"),
                ScheduleStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("best_score")),
                Optional.ofNullable(rs.getString("failure")),
                rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant));
    }
}
