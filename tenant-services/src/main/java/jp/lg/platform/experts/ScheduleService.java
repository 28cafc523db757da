package jp.lg.platform.experts;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.TravelTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Expert schedules: the lead's coordinator starts a solve of the collaboration's triaged requests; when it
 * ends, its assignments are stored and the requests it placed become PROPOSED (one event each), all in one
 * transaction of the lead. At most one solve per collaboration runs at a time.
 */
public final class ScheduleService {

    static final String ABANDONED = "abandoned: the instance solving it stopped; start a new schedule. 計画の作成が中断されました。";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final DispatchCatalogue catalogue;
    private final ScheduleSolver solver;
    private final RequestEvents events;
    private final TravelTime travel;
    private final Clock clock;

    ScheduleService(TenantTransactions transactions, DirectoryService directory, DispatchCatalogue catalogue,
            ScheduleSolver solver, RequestEvents events, TravelTime travel, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.catalogue = catalogue;
        this.solver = solver;
        this.events = events;
        this.travel = travel;
        this.clock = clock;
    }

    /** Starts solving; 400 naming bad fields, 409 {@code conflict} while the collaboration has a solve running. */
    public Schedule start(LgPrincipal coordinator, ScheduleInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        Optional<Collaboration> collaboration = directory.collaboration(input.collaborationCode());
        List<FieldError> errors = ScheduleRules.check(input, collaboration, lead, today());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        UUID id = UUID.randomUUID();
        CommandContext command = CommandContext.of(coordinator);
        ScheduleFacts facts = transactions.inTenant(lead, h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            dao.lockCollaboration(input.collaborationCode());
            dao.solving(input.collaborationCode()).ifPresent(running -> {
                if (!running.abandoned(clock.instant())) {
                    throw new ProblemException(ProblemType.CONFLICT, "Schedule " + running.id() + " of "
                            + input.collaborationCode() + " is still solving; wait for it to finish. 計画を作成中です。");
                }
                dao.finish(running.id(), ScheduleStatus.FAILED.name(), null, ABANDONED);
            });
            dao.insert(id, lead.value(), input.collaborationCode(), input.from(), input.to(), input.timeLimit(),
                    coordinator.userId(), clock.instant().atOffset(ZoneOffset.UTC));
            return ScheduleFactsReader.read(dao, directory, input, lead, today());
        });
        solveInBackground(id, lead, facts, Duration.ofSeconds(input.timeLimit()), command);
        return get(coordinator, id).schedule();
    }

    /** The schedule with its assignments; 404 unless the caller's local government owns it. */
    public ScheduleState get(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            Schedule schedule = dao.find(id).orElseThrow(() -> notFound(id));
            if (schedule.abandoned(clock.instant())) {
                // the instance that solved it stopped: say so now rather than "solving" for ever
                dao.finish(id, ScheduleStatus.FAILED.name(), null, ABANDONED);
                schedule = dao.find(id).orElseThrow(() -> notFound(id));
            }
            return new ScheduleState(schedule, dao.assignments(id), solver.bestScore(id));
        });
    }

    private void solveInBackground(UUID id, LgCode lead, ScheduleFacts facts, Duration timeLimit, CommandContext command) {
        try {
            ExpertSchedule problem = ScheduleProblem.build(facts, catalogue, travel);
            if (problem.getVisits().isEmpty()) {
                finish(id, lead, problem, command);
            } else {
                solver.solve(id, problem, timeLimit, progress(id, lead), solved -> finish(id, lead, solved, command),
                        e -> fail(id, lead, e));
            }
        } catch (RuntimeException e) {
            fail(id, lead, e);
        }
    }

    /** Writes the best score so far at most once a second, so any instance can show the progress. */
    private Consumer<HardMediumSoftScore> progress(UUID id, LgCode lead) {
        AtomicReference<Instant> written = new AtomicReference<>(Instant.EPOCH);
        return score -> {
            Instant now = clock.instant();
            Instant last = written.get();
            if (now.isAfter(last.plus(PROGRESS_INTERVAL)) && written.compareAndSet(last, now)) {
                try {
                    transactions.inTenant(lead, h -> {
                        h.attach(ScheduleDao.class).progress(id, score.toString());
                        return null;
                    });
                } catch (RuntimeException e) {
                    LOG.warn("Could not record the progress of schedule {}", id, e);
                }
            }
        };
    }

    private void finish(UUID id, LgCode lead, ExpertSchedule solved, CommandContext command) {
        List<ScheduleAssignment> assignments = solver.proposal().assignments(solved);
        transactions.inTenant(lead, h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            ExpertRequestDao requests = h.attach(ExpertRequestDao.class);
            for (ScheduleAssignment assignment : assignments) {
                dao.insert(id, lead.value(), ScheduleProposing.propose(h, requests, events, assignment, command));
            }
            dao.finish(id, ScheduleStatus.PROPOSED.name(), String.valueOf(solved.getScore()), null);
            return null;
        });
    }

    private void fail(UUID id, LgCode lead, Throwable e) {
        LOG.error("Schedule {} failed", id, e);
        transactions.inTenant(lead, h -> {
            h.attach(ScheduleDao.class).finish(id, ScheduleStatus.FAILED.name(), null, e.toString());
            return null;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FiscalYear.TOKYO));
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No schedule " + id + " is visible to you.");
    }
}
