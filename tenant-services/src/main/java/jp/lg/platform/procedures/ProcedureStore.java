package jp.lg.platform.procedures;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** The published versions of standard procedures, read under the caller's tenant (row-level security). */
final class ProcedureStore {

    private static final String COLUMNS = "code, version, collaboration_code, tenant_code, changes, published_by,"
            + " published_at, definition::text as definition";

    private final Handle h;

    ProcedureStore(Handle h) {
        this.h = h;
    }

    /** Inserts the version; false when that code and version exist already (perhaps in another collaboration). */
    boolean insert(Procedure p) {
        return h.createUpdate("insert into procedure_definitions (code, version, tenant_code, collaboration_code,"
                        + " name_ja, name_en, definition, changes, published_by, published_at)"
                        + " values (:code, :version, :lead, :collaboration, :nameJa, :nameEn, cast(:definition as jsonb),"
                        + " :changes, :by, :at) on conflict (code, version) do nothing")
                .bind("code", p.code()).bind("version", p.version()).bind("lead", p.leadCode())
                .bind("collaboration", p.collaborationCode()).bind("nameJa", p.definition().nameJa())
                .bind("nameEn", p.definition().nameEn()).bind("definition", ProceduresJson.write(p.definition()))
                .bind("changes", p.changes()).bind("by", p.publishedBy()).bind("at", p.publishedAt())
                .execute() == 1;
    }

    Optional<Procedure> latest(String code) {
        return h.createQuery("select " + COLUMNS + " from procedure_definitions where code = :code"
                        + " order by version desc limit 1")
                .bind("code", code).map(ProcedureStore::map).findOne();
    }

    Optional<Procedure> version(String code, int version) {
        return h.createQuery("select " + COLUMNS + " from procedure_definitions where code = :code and version = :version")
                .bind("code", code).bind("version", version).map(ProcedureStore::map).findOne();
    }

    List<Procedure> versions(String code) {
        return h.createQuery("select " + COLUMNS + " from procedure_definitions where code = :code order by version")
                .bind("code", code).map(ProcedureStore::map).list();
    }

    /** The latest version of every procedure the caller's tenant may read. */
    List<Procedure> latestOfEach() {
        return h.createQuery("select distinct on (code) " + COLUMNS + " from procedure_definitions"
                        + " order by code, version desc")
                .map(ProcedureStore::map).list();
    }

    private static Procedure map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Procedure(rs.getString("code"), rs.getInt("version"), rs.getString("collaboration_code"),
                rs.getString("tenant_code"), rs.getString("changes"), rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(),
                ProceduresJson.read(rs.getString("definition"), ProcedureDefinition.class));
    }
}
