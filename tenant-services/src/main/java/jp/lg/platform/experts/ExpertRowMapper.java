package jp.lg.platform.experts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code experts} (with {@code availability} as text) to an {@link Expert}. */
public final class ExpertRowMapper implements RowMapper<Expert> {

    @Override
    public Expert map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Expert(
                rs.getObject("id", UUID.class),
                LgCode.parse(rs.getString("tenant_code")),
                rs.getString("collaboration_code"),
                rs.getString("name"),
                List.of((String[]) rs.getArray("specialties").getArray()),
                LgCode.parse(rs.getString("home_office_code")),
                rs.getInt("weekly_visit_limit"),
                rs.getString("username"),
                ExpertsJson.read(rs.getString("availability"), AvailabilityPattern.class));
    }
}
