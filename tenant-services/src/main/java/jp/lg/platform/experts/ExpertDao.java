package jp.lg.platform.experts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code experts} table; used inside a tenant transaction, so it sees the lead's experts only. */
@RegisterRowMapper(ExpertRowMapper.class)
public interface ExpertDao {

    String COLUMNS = "id, tenant_code, collaboration_code, name, specialties, home_office_code, weekly_visit_limit,"
            + " username, availability::text as availability";

    @SqlQuery("select " + COLUMNS + " from experts where id > :after order by id limit :limit")
    List<Expert> page(@Bind("after") UUID after, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from experts where id = :id")
    Optional<Expert> find(@Bind("id") UUID id);

    @SqlQuery("select " + COLUMNS + " from experts where id = :id for update")
    Optional<Expert> lock(@Bind("id") UUID id);

    @SqlQuery("select id from experts where username = :username")
    Optional<UUID> idOf(@Bind("username") String username);

    @SqlUpdate("insert into experts (id, tenant_code, collaboration_code, name, specialties, home_office_code,"
            + " weekly_visit_limit, username, availability) values (:id, :tenant, :collaboration, :name, :specialties,"
            + " :homeOffice, :weeklyLimit, :username, cast(:availability as jsonb)) on conflict (username) do nothing")
    int insert(@Bind("id") UUID id, @Bind("tenant") String tenant, @Bind("collaboration") String collaboration,
            @Bind("name") String name, @Bind("specialties") String[] specialties, @Bind("homeOffice") String homeOffice,
            @Bind("weeklyLimit") int weeklyLimit, @Bind("username") String username,
            @Bind("availability") String availability);

    @SqlUpdate("update experts set name = :name, specialties = :specialties, home_office_code = :homeOffice,"
            + " weekly_visit_limit = :weeklyLimit, username = :username, availability = cast(:availability as jsonb),"
            + " updated_at = now() where id = :id")
    int update(@Bind("id") UUID id, @Bind("name") String name, @Bind("specialties") String[] specialties,
            @Bind("homeOffice") String homeOffice, @Bind("weeklyLimit") int weeklyLimit,
            @Bind("username") String username, @Bind("availability") String availability);

    default boolean insert(Expert e) {
        return insert(e.id(), e.tenant().value(), e.collaborationCode(), e.name(), e.specialties().toArray(String[]::new),
                e.homeOffice().value(), e.weeklyVisitLimit(), e.username(), ExpertsJson.write(e.availability())) == 1;
    }

    default void update(Expert e) {
        update(e.id(), e.name(), e.specialties().toArray(String[]::new), e.homeOffice().value(), e.weeklyVisitLimit(),
                e.username(), ExpertsJson.write(e.availability()));
    }
}
