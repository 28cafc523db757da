package jp.lg.platform.experts;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.VisitMode;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code expert_requests} (jsonb columns as text) to an {@link ExpertRequest}. */
public final class ExpertRequestRowMapper implements RowMapper<ExpertRequest> {

    private static final TypeReference<List<PreferredWindow>> WINDOWS = new TypeReference<>() {};

    @Override
    public ExpertRequest map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ExpertRequest(
                rs.getObject("id", UUID.class),
                rs.getLong("seq"),
                LgCode.parse(rs.getString("tenant_code")),
                rs.getString("collaboration_code"),
                LgCode.parse(rs.getString("lead_code")),
                rs.getString("programme"),
                rs.getString("specialty"),
                rs.getString("topic"),
                rs.getString("description"),
                VisitMode.valueOf(rs.getString("mode")),
                rs.getInt("duration_minutes"),
                Urgency.valueOf(rs.getString("urgency")),
                ExpertsJson.read(rs.getString("preferred_windows"), WINDOWS).stream().map(PreferredWindow::inTokyo).toList(),
                FiscalYear.of(rs.getInt("fiscal_year")),
                RequestStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getObject("assigned_expert_id", UUID.class)),
                Optional.ofNullable(rs.getString("reason")),
                Optional.ofNullable(rs.getString("report")).map(json -> ExpertsJson.read(json, VisitReport.class)),
                rs.getString("requested_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                visit(rs.getObject("visit_start", OffsetDateTime.class), rs.getObject("visit_end", OffsetDateTime.class)));
    }

    private static Optional<ScheduledVisit> visit(OffsetDateTime start, OffsetDateTime end) {
        return start == null || end == null ? Optional.empty() : Optional.of(new ScheduledVisit(
                start.atZoneSameInstant(FiscalYear.TOKYO).toOffsetDateTime(),
                end.atZoneSameInstant(FiscalYear.TOKYO).toOffsetDateTime()));
    }
}
