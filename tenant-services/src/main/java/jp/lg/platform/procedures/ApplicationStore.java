package jp.lg.platform.procedures;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Applications and their history inside a town's tenant, and the tenant-less lookup row of each. */
final class ApplicationStore {

    private static final TypeReference<Map<String, JsonNode>> FIELDS = new TypeReference<>() {};
    private static final String COLUMNS = "id, seq, tenant_code, reference, procedure_code, version, adoption_id,"
            + " channel, stage, fields::text as fields, attachments, fee_yen, stage_entered_at, stage_due_on,"
            + " entered_by, created_at";

    private final Handle h;

    ApplicationStore(Handle h) {
        this.h = h;
    }

    /** Inserts the application and its lookup row; returns it with its sequence number. */
    Application insert(Application a, byte[] secretHash) {
        long seq = h.createUpdate("insert into applications (id, tenant_code, reference, procedure_code, version,"
                        + " adoption_id, channel, stage, fields, attachments, fee_yen, stage_entered_at, stage_due_on,"
                        + " entered_by, created_at) values (:id, :town, :reference, :code, :version, :adoption, :channel,"
                        + " :stage, cast(:fields as jsonb), :attachments, :fee, :entered, :due, :by, :at)")
                .bind("id", a.id()).bind("town", a.town()).bind("reference", a.reference())
                .bind("code", a.procedureCode()).bind("version", a.version()).bind("adoption", a.adoptionId())
                .bind("channel", a.channel().name()).bind("stage", a.stage()).bind("fields", ProceduresJson.write(a.fields()))
                .bind("attachments", a.attachments().toArray(String[]::new)).bind("fee", a.feeYen())
                .bind("entered", a.stageEnteredAt()).bind("due", a.stageDueOn().orElse(null))
                .bind("by", a.enteredBy().orElse(null)).bind("at", a.createdAt())
                .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one();
        h.createUpdate("insert into application_lookup (application_id, tenant_code, reference, secret_hash, stage,"
                        + " stage_entry, due_on) values (:id, :town, :reference, :hash, :stage, 1, :due)")
                .bind("id", a.id()).bind("town", a.town()).bind("reference", a.reference()).bind("hash", secretHash)
                .bind("stage", a.stage()).bind("due", a.stageDueOn().orElse(null)).execute();
        return new Application(a.id(), seq, a.town(), a.reference(), a.procedureCode(), a.version(), a.adoptionId(),
                a.channel(), a.stage(), a.fields(), a.attachments(), a.feeYen(), a.stageEnteredAt(), a.stageDueOn(),
                a.enteredBy(), a.createdAt());
    }

    /** Writes the new stage (and corrected fields); the lookup counts a new stage entry with no overdue flag. */
    void update(Application a) {
        h.createUpdate("update applications set stage = :stage, fields = cast(:fields as jsonb), attachments = :attachments,"
                        + " fee_yen = :fee, stage_entered_at = :entered, stage_due_on = :due, updated_at = now() where id = :id")
                .bind("id", a.id()).bind("stage", a.stage()).bind("fields", ProceduresJson.write(a.fields()))
                .bind("attachments", a.attachments().toArray(String[]::new)).bind("fee", a.feeYen())
                .bind("entered", a.stageEnteredAt()).bind("due", a.stageDueOn().orElse(null)).execute();
        h.createUpdate("update application_lookup set stage = :stage, stage_entry = stage_entry + 1, due_on = :due,"
                        + " overdue_flagged_at = null where application_id = :id")
                .bind("id", a.id()).bind("stage", a.stage()).bind("due", a.stageDueOn().orElse(null)).execute();
    }

    void record(Application a, HistoryEntry e) {
        h.createUpdate("insert into application_history (application_id, tenant_code, from_stage, to_stage, action,"
                        + " actor, comment, at) values (:id, :town, :from, :to, :action, :actor, :comment, :at)")
                .bind("id", a.id()).bind("town", a.town()).bind("from", e.fromStage()).bind("to", e.toStage())
                .bind("action", e.action()).bind("actor", e.actor()).bind("comment", e.comment()).bind("at", e.at())
                .execute();
    }

    Optional<Application> find(UUID id) {
        return h.createQuery("select " + COLUMNS + " from applications where id = :id")
                .bind("id", id).map(ApplicationStore::map).findOne();
    }

    Optional<Application> lock(UUID id) {
        return h.createQuery("select " + COLUMNS + " from applications where id = :id for update")
                .bind("id", id).map(ApplicationStore::map).findOne();
    }

    /** The town's applications after {@code afterSeq}, optionally of one procedure or stage, oldest first. */
    List<Application> page(long afterSeq, String procedureCode, String stage, int limit) {
        return h.createQuery("select " + COLUMNS + " from applications where seq > :after"
                        + " and (cast(:code as text) is null or procedure_code = :code)"
                        + " and (cast(:stage as text) is null or stage = :stage) order by seq limit :limit")
                .bind("after", afterSeq).bind("code", procedureCode).bind("stage", stage).bind("limit", limit)
                .map(ApplicationStore::map).list();
    }

    List<HistoryEntry> history(UUID id) {
        return h.createQuery("select from_stage, to_stage, action, actor, comment, at from application_history"
                        + " where application_id = :id order by id")
                .bind("id", id)
                .map((rs, ctx) -> new HistoryEntry(rs.getString("from_stage"), rs.getString("to_stage"),
                        rs.getString("action"), rs.getString("actor"), rs.getString("comment"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static Application map(ResultSet rs, StatementContext ctx) throws SQLException {
        Array attachments = rs.getArray("attachments");
        java.sql.Date due = rs.getDate("stage_due_on");
        return new Application(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getString("tenant_code"),
                rs.getString("reference"), rs.getString("procedure_code"), rs.getInt("version"),
                rs.getObject("adoption_id", UUID.class), Channel.valueOf(rs.getString("channel")), rs.getString("stage"),
                ProceduresJson.read(rs.getString("fields"), FIELDS),
                Arrays.asList((String[]) attachments.getArray()), rs.getInt("fee_yen"),
                rs.getTimestamp("stage_entered_at").toInstant(), Optional.ofNullable(due).map(java.sql.Date::toLocalDate),
                Optional.ofNullable(rs.getString("entered_by")), rs.getTimestamp("created_at").toInstant());
    }
}
