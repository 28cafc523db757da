package jp.lg.platform.experts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.experts.scheduling.TravelTime;
import org.jdbi.v3.core.Handle;

/**
 * The coordinator's decisions on a proposed schedule: confirming assignments (requests PROPOSED → CONFIRMED
 * with expert and visit times, one event each) and moving or pinning one by hand, checked against the hard
 * rules of the model. Each call is one transaction of the lead.
 */
public final class ScheduleChanges {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final DispatchCatalogue catalogue;
    private final ScheduleProposal proposal;
    private final RequestEvents events;
    private final TravelTime travel;
    private final Clock clock;

    ScheduleChanges(TenantTransactions transactions, DirectoryService directory, DispatchCatalogue catalogue,
            ScheduleProposal proposal, RequestEvents events, TravelTime travel, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.catalogue = catalogue;
        this.proposal = proposal;
        this.events = events;
        this.travel = travel;
        this.clock = clock;
    }

    /** Confirms the listed proposed assignments, or all when {@code assignmentIds} is empty. */
    public void confirm(LgPrincipal coordinator, UUID id, Optional<List<String>> assignmentIds) {
        CommandContext command = CommandContext.of(coordinator);
        transactions.inTenant(Callers.tenantOf(coordinator), h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            proposed(dao, id);
            List<ScheduleAssignment> open = dao.assignments(id).stream()
                    .filter(a -> a.status() == ScheduleAssignmentStatus.PROPOSED).toList();
            List<ScheduleAssignment> chosen = assignmentIds.map(ids -> chosen(open, ids)).orElse(open);
            for (ScheduleAssignment assignment : chosen) {
                confirm(h, dao, assignment, command);
            }
            if (chosen.size() == open.size()) {
                dao.finish(id, ScheduleStatus.CONFIRMED.name(), null, null);
            }
            return null;
        });
    }

    /** Moves or pins one assignment; 409 {@code conflict} naming each hard rule the change would break. */
    public ScheduleAssignment move(LgPrincipal coordinator, UUID id, UUID assignmentId, ScheduleMoveInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        CommandContext command = CommandContext.of(coordinator);
        return transactions.inTenant(lead, h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            Schedule schedule = proposed(dao, id);
            ScheduleAssignment current = dao.lockAssignment(id, assignmentId).orElseThrow(() -> ProblemException.notFound(
                    "Schedule " + id + " has no assignment " + assignmentId + "."));
            if (current.status() == ScheduleAssignmentStatus.CONFIRMED) {
                throw new ProblemException(ProblemType.INVALID_TRANSITION, "The assignment is CONFIRMED; the expert"
                        + " releases a confirmed visit instead. 確定済みの訪問は変更できません。");
            }
            List<Expert> experts = dao.experts(schedule.collaborationCode());
            UUID expertId = expert(input, current, experts);
            LocalDateTime start = start(input, current, schedule);
            SchedulePin moved = new SchedulePin(current.requestId(), expertId, start);
            List<SchedulePin> others = dao.assignments(id).stream()
                    .filter(a -> a.expertId().isPresent() && !a.id().equals(assignmentId))
                    .map(a -> new SchedulePin(a.requestId(), a.expertId().orElseThrow(), a.start().orElseThrow()))
                    .toList();
            ScheduleMove check = new ScheduleMove(proposal, catalogue, travel, ScheduleFactsReader.read(
                    dao, directory, schedule.collaborationCode(), schedule.from(), schedule.to(), lead, today(), others));
            List<String> broken = check.newlyBroken(current, moved);
            if (!broken.isEmpty()) {
                throw new ProblemException(ProblemType.CONFLICT, "This change would break: " + String.join("; ", broken)
                        + ". 必須条件に違反するため変更できません。");
            }
            boolean pinned = input.pinned() != null ? input.pinned() : input.moves() || current.pinned();
            ScheduleAssignment after = check.assessed(moved, assignmentId, pinned);
            ScheduleAssignment stored = current.status() == ScheduleAssignmentStatus.UNASSIGNED
                    ? ScheduleProposing.propose(h, h.attach(ExpertRequestDao.class), events, after, command) : after;
            dao.update(stored);
            return stored;
        });
    }

    private void confirm(Handle h, ScheduleDao dao, ScheduleAssignment assignment, CommandContext command) {
        ExpertRequestDao requests = h.attach(ExpertRequestDao.class);
        ExpertRequest before = requests.lock(assignment.requestId()).orElseThrow();
        ExpertRequest after = before.moved(RequestLifecycle.apply(before.status(), RequestTransition.CONFIRM),
                assignment.expertId(), before.reason(), before.report()).withVisit(Optional.of(new ScheduledVisit(
                        ScheduleDao.instant(assignment.start().orElseThrow()),
                        ScheduleDao.instant(assignment.end().orElseThrow()))));
        requests.update(after);
        events.statusChanged(h, before, after, RequestTransition.CONFIRM, command);
        dao.update(assignment.with(ScheduleAssignmentStatus.CONFIRMED));
    }

    private static Schedule proposed(ScheduleDao dao, UUID id) {
        Schedule schedule = dao.lock(id).orElseThrow(() -> ScheduleService.notFound(id));
        if (schedule.status() != ScheduleStatus.PROPOSED) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "The schedule is " + schedule.status()
                    + "; only a PROPOSED schedule can be confirmed or changed. 現在の状態は " + schedule.status() + " です。");
        }
        return schedule;
    }

    private static List<ScheduleAssignment> chosen(List<ScheduleAssignment> open, List<String> ids) {
        List<ScheduleAssignment> chosen = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String wanted = ids.get(i);
            Optional<ScheduleAssignment> match = open.stream().filter(a -> a.id().toString().equals(wanted)).findFirst();
            match.ifPresent(chosen::add);
            if (match.isEmpty()) {
                errors.add(new FieldError("assignmentIds[" + i + "]", "is not a proposed assignment of this schedule"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return chosen;
    }

    private static UUID expert(ScheduleMoveInput input, ScheduleAssignment current, List<Expert> experts) {
        if (input.expertId() == null) {
            return current.expertId().orElseThrow(() -> ProblemException.invalid(List.of(
                    new FieldError("expertId", "is required for a request the schedule left unassigned"))));
        }
        return experts.stream().map(Expert::id).filter(e -> e.toString().equals(input.expertId())).findFirst()
                .orElseThrow(() -> ProblemException.invalid(List.of(
                        new FieldError("expertId", "is not an expert of this collaboration"))));
    }

    private static LocalDateTime start(ScheduleMoveInput input, ScheduleAssignment current, Schedule schedule) {
        if (input.start() == null) {
            return current.start().orElseThrow(() -> ProblemException.invalid(List.of(
                    new FieldError("start", "is required for a request the schedule left unassigned"))));
        }
        LocalDateTime start = input.start().atZoneSameInstant(FiscalYear.TOKYO).toLocalDateTime();
        LocalDate day = start.toLocalDate();
        if (day.isBefore(schedule.from()) || day.isAfter(schedule.to())) {
            throw ProblemException.invalid(List.of(new FieldError("start", "must lie within the schedule's horizon "
                    + schedule.from() + " – " + schedule.to())));
        }
        return start;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FiscalYear.TOKYO));
    }
}
