package jp.lg.platform.experts;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverManager;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.ExpertScheduling;
import jp.lg.platform.experts.scheduling.GreedyScheduler;

/**
 * Runs schedule solves in the background with Timefold's {@link SolverManager}: a greedy schedule first
 * ({@link GreedyScheduler#sparingVersatileExperts()}), then local search until the solve's time limit. Keeps
 * each running solve's best score for progress. Thread-safe; one per application.
 */
final class ScheduleSolver implements Managed {

    static final int MAX_SECONDS = 300;

    private final SolverManager<ExpertSchedule, UUID> solvers =
            SolverManager.create(ExpertScheduling.improvingConfig(Duration.ofSeconds(MAX_SECONDS)));
    private final ScheduleProposal proposal = new ScheduleProposal(SolutionManager.create(solvers));
    private final Map<UUID, HardMediumSoftScore> bestScores = new ConcurrentHashMap<>();

    /**
     * Starts solving {@code problem} as schedule {@code id}; {@code improved} hears each better score,
     * {@code finished} gets the best schedule found, {@code failed} the error. All run on Timefold's threads.
     */
    void solve(UUID id, ExpertSchedule problem, Duration timeLimit, Consumer<HardMediumSoftScore> improved,
            Consumer<ExpertSchedule> finished, Consumer<Throwable> failed) {
        solvers.solveBuilder()
                .withProblemId(id)
                .withProblemFinder(ignored -> GreedyScheduler.sparingVersatileExperts().schedule(problem))
                .withConfigOverride(new SolverConfigOverride<ExpertSchedule>().withTerminationSpentLimit(timeLimit))
                .withBestSolutionConsumer(best -> {
                    bestScores.put(id, best.getScore());
                    improved.accept(best.getScore());
                })
                .withFinalBestSolutionConsumer(best -> {
                    try {
                        finished.accept(best);
                    } catch (RuntimeException e) {
                        failed.accept(e);
                    } finally {
                        bestScores.remove(id);
                    }
                })
                .withExceptionHandler((ignored, e) -> {
                    bestScores.remove(id);
                    failed.accept(e);
                })
                .run();
    }

    /** The best score of a solve running on this instance. */
    Optional<HardMediumSoftScore> bestScore(UUID id) {
        return Optional.ofNullable(bestScores.get(id));
    }

    ScheduleProposal proposal() {
        return proposal;
    }

    @Override
    public void stop() {
        solvers.close();
    }
}
