package jp.lg.platform.experts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.time.FiscalYear;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The {@code schedules} and {@code schedule_assignments} tables and what a solve reads, used inside a
 * transaction of the collaboration's lead: row-level security shows it its own schedules and, through
 * {@code lead_shares}, the requests of the collaborations it leads.
 */
@RegisterRowMapper(ScheduleRowMapper.class)
@RegisterRowMapper(ScheduleAssignmentRowMapper.class)
@RegisterRowMapper(ExpertRequestRowMapper.class)
@RegisterRowMapper(ExpertRowMapper.class)
public interface ScheduleDao {

    String COLUMNS = "id, tenant_code, collaboration_code, horizon_from, horizon_to, time_limit_seconds, status,"
            + " best_score, failure, started_by, started_at, finished_at";
    String ASSIGNMENT_COLUMNS = "id, request_id, municipality_code, expert_id, visit_start, visit_end, travel_minutes,"
            + " status, pinned, explanation::text as explanation, blocked_by";

    /** Serialises the start of solves of one collaboration until the transaction ends. */
    @SqlQuery("select 1 from pg_advisory_xact_lock(hashtext('schedule-solve:' || :collaboration))")
    int lockCollaboration(@Bind("collaboration") String collaboration);

    @SqlUpdate("insert into schedules (id, tenant_code, collaboration_code, horizon_from, horizon_to, time_limit_seconds,"
            + " status, started_by, started_at) values (:id, :lead, :collaboration, :from, :to, :limit, 'SOLVING',"
            + " :startedBy, :startedAt)")
    void insert(@Bind("id") UUID id, @Bind("lead") String lead, @Bind("collaboration") String collaboration,
            @Bind("from") LocalDate from, @Bind("to") LocalDate to, @Bind("limit") int timeLimitSeconds,
            @Bind("startedBy") String startedBy, @Bind("startedAt") OffsetDateTime startedAt);

    @SqlQuery("select " + COLUMNS + " from schedules where id = :id")
    Optional<Schedule> find(@Bind("id") UUID id);

    @SqlQuery("select " + COLUMNS + " from schedules where id = :id for update")
    Optional<Schedule> lock(@Bind("id") UUID id);

    @SqlQuery("select " + COLUMNS + " from schedules where collaboration_code = :collaboration and status = 'SOLVING'")
    Optional<Schedule> solving(@Bind("collaboration") String collaboration);

    /** The best score so far of a running solve, for instances other than the one solving. */
    @SqlUpdate("update schedules set best_score = :score where id = :id and status = 'SOLVING'")
    void progress(@Bind("id") UUID id, @Bind("score") String score);

    @SqlUpdate("update schedules set status = :status, best_score = coalesce(:score, best_score), failure = :failure,"
            + " finished_at = coalesce(finished_at, now()) where id = :id")
    void finish(@Bind("id") UUID id, @Bind("status") String status, @Bind("score") String score,
            @Bind("failure") String failure);

    @SqlQuery("select " + ASSIGNMENT_COLUMNS + " from schedule_assignments where schedule_id = :schedule"
            + " order by visit_start nulls last, request_id")
    List<ScheduleAssignment> assignments(@Bind("schedule") UUID schedule);

    @SqlQuery("select " + ASSIGNMENT_COLUMNS + " from schedule_assignments where schedule_id = :schedule and id = :id"
            + " for update")
    Optional<ScheduleAssignment> lockAssignment(@Bind("schedule") UUID schedule, @Bind("id") UUID id);

    @SqlUpdate("insert into schedule_assignments (id, schedule_id, tenant_code, request_id, municipality_code, expert_id,"
            + " visit_start, visit_end, travel_minutes, status, pinned, explanation, blocked_by) values (:id, :schedule,"
            + " :lead, :request, :municipality, :expert, :start, :end, :travel, :status, :pinned,"
            + " cast(:explanation as jsonb), :blockedBy)")
    void insert(@Bind("id") UUID id, @Bind("schedule") UUID schedule, @Bind("lead") String lead,
            @Bind("request") UUID request, @Bind("municipality") String municipality, @Bind("expert") UUID expert,
            @Bind("start") OffsetDateTime start, @Bind("end") OffsetDateTime end, @Bind("travel") int travel,
            @Bind("status") String status, @Bind("pinned") boolean pinned, @Bind("explanation") String explanation,
            @Bind("blockedBy") String blockedBy);

    @SqlUpdate("update schedule_assignments set expert_id = :expert, visit_start = :start, visit_end = :end,"
            + " travel_minutes = :travel, status = :status, pinned = :pinned, explanation = cast(:explanation as jsonb),"
            + " blocked_by = :blockedBy where id = :id")
    void update(@Bind("id") UUID id, @Bind("expert") UUID expert, @Bind("start") OffsetDateTime start,
            @Bind("end") OffsetDateTime end, @Bind("travel") int travel, @Bind("status") String status,
            @Bind("pinned") boolean pinned, @Bind("explanation") String explanation, @Bind("blockedBy") String blockedBy);

    /** Requests of the collaboration still alive (not declined or cancelled), in submission order. */
    @SqlQuery("select " + ExpertRequestDao.COLUMNS + " from expert_requests where collaboration_code = :collaboration"
            + " and lead_code = :lead and status not in ('DECLINED', 'CANCELLED') order by seq")
    List<ExpertRequest> liveRequests(@Bind("collaboration") String collaboration, @Bind("lead") String lead);

    @SqlQuery("select " + ExpertDao.COLUMNS + " from experts where collaboration_code = :collaboration order by name, id")
    List<Expert> experts(@Bind("collaboration") String collaboration);

    /** The latest pinned assignment of each request the coordinator pinned and has not confirmed yet. */
    @SqlQuery("select distinct on (a.request_id) a.request_id, a.expert_id, a.visit_start from schedule_assignments a"
            + " join schedules s on s.id = a.schedule_id join expert_requests r on r.id = a.request_id"
            + " where s.collaboration_code = :collaboration and a.pinned and a.status = 'PROPOSED'"
            + " and r.status = 'PROPOSED' order by a.request_id, s.started_at desc")
    @RegisterConstructorMapper(PinRow.class)
    List<PinRow> pins(@Bind("collaboration") String collaboration);

    /** Confirmed visits of the collaboration's experts that overlap [{@code from}, {@code to}): fixed in any new plan. */
    @SqlQuery("select id as request_id, assigned_expert_id as expert_id, visit_start from expert_requests"
            + " where collaboration_code = :collaboration and status = 'CONFIRMED' and assigned_expert_id is not null"
            + " and visit_start < :to and visit_end > :from")
    @RegisterConstructorMapper(PinRow.class)
    List<PinRow> confirmedVisits(@Bind("collaboration") String collaboration, @Bind("from") OffsetDateTime from,
            @Bind("to") OffsetDateTime to);

    default void insert(UUID schedule, String lead, ScheduleAssignment a) {
        insert(a.id(), schedule, lead, a.requestId(), a.municipalityCode(), a.expertId().orElse(null),
                a.start().map(ScheduleDao::instant).orElse(null), a.end().map(ScheduleDao::instant).orElse(null),
                a.travelMinutes(), a.status().name(), a.pinned(), ExpertsJson.write(a.explanation()),
                a.blockedBy().orElse(null));
    }

    default void update(ScheduleAssignment a) {
        update(a.id(), a.expertId().orElse(null), a.start().map(ScheduleDao::instant).orElse(null),
                a.end().map(ScheduleDao::instant).orElse(null), a.travelMinutes(), a.status().name(), a.pinned(),
                ExpertsJson.write(a.explanation()), a.blockedBy().orElse(null));
    }

    default List<SchedulePin> pinsOf(String collaboration) {
        return pins(collaboration).stream().map(PinRow::pin).toList();
    }

    static OffsetDateTime instant(LocalDateTime tokyo) {
        return tokyo.atZone(FiscalYear.TOKYO).toOffsetDateTime();
    }

    /** A pinned assignment as stored. */
    record PinRow(UUID requestId, UUID expertId, OffsetDateTime visitStart) {
        SchedulePin pin() {
            return new SchedulePin(requestId, expertId, visitStart.atZoneSameInstant(FiscalYear.TOKYO).toLocalDateTime());
        }
    }
}
