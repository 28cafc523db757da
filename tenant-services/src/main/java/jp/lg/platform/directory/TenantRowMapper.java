package jp.lg.platform.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.tenancy.TenantKind;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Maps a row of {@code tenants} to a {@link Tenant}. */
public final class TenantRowMapper implements RowMapper<Tenant> {

    @Override
    public Tenant map(ResultSet rs, StatementContext ctx) throws SQLException {
        int aizuGroup = rs.getInt("aizu_group");
        Optional<Integer> group = rs.wasNull() ? Optional.empty() : Optional.of(aizuGroup);
        return new Tenant(
                LgCode.parse(rs.getString("code")),
                rs.getString("name_ja"),
                rs.getString("name_en"),
                TenantKind.fromCode(rs.getString("kind")),
                Optional.ofNullable(rs.getString("parent_code")).map(LgCode::parse),
                group,
                rs.getLong("population"),
                rs.getObject("population_as_of", java.time.LocalDate.class),
                new Tenant.GeoPoint(rs.getDouble("office_lat"), rs.getDouble("office_lon")));
    }
}
