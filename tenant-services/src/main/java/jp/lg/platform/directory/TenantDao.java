package jp.lg.platform.directory;

import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.tenancy.Tenant;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code tenants} table. */
@RegisterRowMapper(TenantRowMapper.class)
public interface TenantDao {

    String COLUMNS = "code, name_ja, name_en, kind, parent_code, aizu_group, population, population_as_of, office_lat, office_lon";

    @SqlQuery("select " + COLUMNS + " from tenants where code > :after order by code limit :limit")
    List<Tenant> page(@Bind("after") String afterCode, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from tenants order by code")
    List<Tenant> all();

    @SqlQuery("select " + COLUMNS + " from tenants where code = :code")
    Optional<Tenant> find(@Bind("code") String code);

    @SqlQuery("select code from tenants where code = any(:codes)")
    List<String> existing(@Bind("codes") String[] codes);

    @SqlQuery("select " + COLUMNS + " from tenants where code = :code for update")
    Optional<Tenant> lock(@Bind("code") String code);

    @SqlUpdate("insert into tenants (" + COLUMNS + ") values (:code, :nameJa, :nameEn, :kind, :parentCode, :aizuGroup,"
            + " :population, :populationAsOf, :lat, :lon) on conflict (code) do nothing")
    int insert(@BindTenant Tenant tenant);

    @SqlUpdate("update tenants set name_ja = :nameJa, name_en = :nameEn, kind = :kind, parent_code = :parentCode,"
            + " aizu_group = :aizuGroup, population = :population, population_as_of = :populationAsOf,"
            + " office_lat = :lat, office_lon = :lon, updated_at = now() where code = :code")
    int update(@BindTenant Tenant tenant);
}
