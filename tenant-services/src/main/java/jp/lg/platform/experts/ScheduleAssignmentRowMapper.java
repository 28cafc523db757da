package jp.lg.platform.experts;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.time.FiscalYear;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code schedule_assignments} (explanation as text) to a {@link ScheduleAssignment}. */
public final class ScheduleAssignmentRowMapper implements RowMapper<ScheduleAssignment> {

    private static final TypeReference<List<ScheduleContribution>> EXPLANATION = new TypeReference<>() {};

    @Override
    public ScheduleAssignment map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ScheduleAssignment(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getString("municipality_code"),
                Optional.ofNullable(rs.getObject("expert_id", UUID.class)),
                tokyo(rs.getObject("visit_start", OffsetDateTime.class)),
                tokyo(rs.getObject("visit_end", OffsetDateTime.class)),
                rs.getInt("travel_minutes"),
                ScheduleAssignmentStatus.valueOf(rs.getString("status")),
                rs.getBoolean("pinned"),
                ExpertsJson.read(rs.getString("explanation"), EXPLANATION),
                Optional.ofNullable(rs.getString("blocked_by")));
    }

    private static Optional<LocalDateTime> tokyo(OffsetDateTime time) {
        return Optional.ofNullable(time).map(t -> t.atZoneSameInstant(FiscalYear.TOKYO).toLocalDateTime());
    }
}
