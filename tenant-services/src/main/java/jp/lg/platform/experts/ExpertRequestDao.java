package jp.lg.platform.experts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.KeyColumn;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.config.ValueColumn;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code expert_requests} table, used inside a tenant transaction: row-level security shows a
 * municipality its own requests and a lead those of its collaborations.
 */
@RegisterRowMapper(ExpertRequestRowMapper.class)
public interface ExpertRequestDao {

    String COLUMNS = "id, seq, tenant_code, collaboration_code, lead_code, programme, specialty, topic, description,"
            + " mode, duration_minutes, urgency, preferred_windows::text as preferred_windows, fiscal_year, status,"
            + " assigned_expert_id, reason, report::text as report, requested_by, created_at, visit_start, visit_end";

    /**
     * Serialises cap checks of one municipality and fiscal year until the transaction ends, so two
     * concurrent submissions cannot both see room under a cap (two-key advisory lock space).
     */
    @SqlQuery("select 1 from pg_advisory_xact_lock(hashtext('expert-request-caps:' || :town), :fiscalYear)")
    int lockCaps(@Bind("town") String town, @Bind("fiscalYear") int fiscalYear);

    /** Live (not declined or cancelled) requests per programme of one municipality in one fiscal year. */
    @SqlQuery("select programme, count(*)::int as used from expert_requests where tenant_code = :town"
            + " and fiscal_year = :fiscalYear and status not in ('DECLINED', 'CANCELLED') group by programme")
    @KeyColumn("programme")
    @ValueColumn("used")
    Map<String, Integer> liveCounts(@Bind("town") String town, @Bind("fiscalYear") int fiscalYear);

    /**
     * A page of the requests one caller may see, in submission order: {@code town} for staff,
     * {@code lead} for coordinators, {@code expert} for experts (null when the caller is not one).
     */
    @SqlQuery("select " + COLUMNS + " from expert_requests where seq > :after"
            + " and (tenant_code = :town or lead_code = :lead or assigned_expert_id = :expert)"
            + " order by seq limit :limit")
    List<ExpertRequest> page(@Bind("after") long after, @Bind("town") String town, @Bind("lead") String lead,
            @Bind("expert") UUID expert, @Bind("limit") int limit);

    @SqlQuery("select " + COLUMNS + " from expert_requests where id = :id")
    Optional<ExpertRequest> find(@Bind("id") UUID id);

    @SqlQuery("select " + COLUMNS + " from expert_requests where id = :id for update")
    Optional<ExpertRequest> lock(@Bind("id") UUID id);

    @SqlUpdate("insert into expert_requests (id, tenant_code, collaboration_code, lead_code, programme, specialty,"
            + " topic, description, mode, duration_minutes, urgency, preferred_windows, fiscal_year, status, requested_by,"
            + " created_at, updated_at) values (:id, :town, :collaboration, :lead, :programme, :specialty, :topic,"
            + " :description, :mode, :duration, :urgency, cast(:windows as jsonb), :fiscalYear, 'SUBMITTED', :requestedBy,"
            + " :submittedAt, :submittedAt)")
    void insert(@Bind("id") UUID id, @Bind("town") String town, @Bind("collaboration") String collaboration,
            @Bind("lead") String lead, @Bind("programme") String programme, @Bind("specialty") String specialty,
            @Bind("topic") String topic, @Bind("description") String description, @Bind("mode") String mode,
            @Bind("duration") int duration, @Bind("urgency") String urgency, @Bind("windows") String windows,
            @Bind("fiscalYear") int fiscalYear, @Bind("requestedBy") String requestedBy,
            @Bind("submittedAt") java.time.OffsetDateTime submittedAt);

    @SqlUpdate("update expert_requests set status = :status, assigned_expert_id = :expert, reason = :reason,"
            + " report = cast(:report as jsonb), visit_start = :visitStart, visit_end = :visitEnd, updated_at = now()"
            + " where id = :id")
    void update(@Bind("id") UUID id, @Bind("status") String status, @Bind("expert") UUID expert,
            @Bind("reason") String reason, @Bind("report") String report,
            @Bind("visitStart") java.time.OffsetDateTime visitStart, @Bind("visitEnd") java.time.OffsetDateTime visitEnd);

    default void insert(ExpertRequest r) {
        insert(r.id(), r.municipality().value(), r.collaborationCode(), r.lead().value(), r.programme(), r.specialty(),
                r.topic(), r.description(), r.mode().name(), r.durationMinutes(), r.urgency().name(),
                ExpertsJson.write(r.preferredWindows()), r.fiscalYear().startYear(), r.requestedBy(),
                r.submittedAt().atOffset(java.time.ZoneOffset.UTC));
    }

    default void update(ExpertRequest r) {
        update(r.id(), r.status().name(), r.assignedExpert().orElse(null), r.reason().orElse(null),
                r.report().map(ExpertsJson::write).orElse(null), r.visit().map(ScheduledVisit::start).orElse(null),
                r.visit().map(ScheduledVisit::end).orElse(null));
    }
}
