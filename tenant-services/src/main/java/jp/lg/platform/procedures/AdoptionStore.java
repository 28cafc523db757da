package jp.lg.platform.procedures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Adoptions in force, read under the caller's tenant: a town sees its own, the lead those of its
 * collaborations' members (row-level security).
 */
final class AdoptionStore {

    private static final String COLUMNS = "id, tenant_code, procedure_code, version, collaboration_code, lead_code,"
            + " variants::text as variants, adopted_by, adopted_at";

    private final Handle h;

    AdoptionStore(Handle h) {
        this.h = h;
    }

    /** Makes {@code a} the town's adoption in force; the earlier one stays as history. */
    void replace(Adoption a) {
        h.createUpdate("update procedure_adoptions set current = false"
                        + " where tenant_code = :town and procedure_code = :code and current")
                .bind("town", a.town()).bind("code", a.procedureCode()).execute();
        h.createUpdate("insert into procedure_adoptions (id, tenant_code, procedure_code, version, lead_code,"
                        + " collaboration_code, variants, adopted_by, adopted_at) values (:id, :town, :code, :version,"
                        + " :lead, :collaboration, cast(:variants as jsonb), :by, :at)")
                .bind("id", a.id()).bind("town", a.town()).bind("code", a.procedureCode()).bind("version", a.version())
                .bind("lead", a.leadCode()).bind("collaboration", a.collaborationCode())
                .bind("variants", ProceduresJson.write(a.variants())).bind("by", a.adoptedBy()).bind("at", a.adoptedAt())
                .execute();
    }

    /** The adoptions in force of a procedure that the caller's tenant may see, by town. */
    List<Adoption> current(String code) {
        return h.createQuery("select " + COLUMNS + " from procedure_adoptions where procedure_code = :code and current"
                        + " order by tenant_code")
                .bind("code", code).map(AdoptionStore::map).list();
    }

    Optional<Adoption> current(String code, String town) {
        return h.createQuery("select " + COLUMNS + " from procedure_adoptions where procedure_code = :code"
                        + " and tenant_code = :town and current")
                .bind("code", code).bind("town", town).map(AdoptionStore::map).findOne();
    }

    Optional<Adoption> byId(java.util.UUID id) {
        return h.createQuery("select " + COLUMNS + " from procedure_adoptions where id = :id")
                .bind("id", id).map(AdoptionStore::map).findOne();
    }

    private static Adoption map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Adoption(rs.getObject("id", java.util.UUID.class), rs.getString("tenant_code"),
                rs.getString("procedure_code"), rs.getInt("version"), rs.getString("collaboration_code"),
                rs.getString("lead_code"), ProceduresJson.read(rs.getString("variants"), Variants.class),
                rs.getString("adopted_by"), rs.getTimestamp("adopted_at").toInstant());
    }
}
