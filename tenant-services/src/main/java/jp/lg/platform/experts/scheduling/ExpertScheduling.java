package jp.lg.platform.experts.scheduling;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;

/** Builds the Timefold solver for {@link ExpertSchedule}; a {@link SolverFactory} is thread-safe, build it once. */
public final class ExpertScheduling {

    private ExpertScheduling() {
    }

    /** Construction heuristic, then local search until {@code timeLimit} has passed. */
    public static SolverConfig solverConfig(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(ExpertSchedule.class)
                .withEntityClasses(Visit.class)
                .withConstraintProviderClass(ExpertScheduleConstraints.class)
                .withTerminationSpentLimit(timeLimit);
    }

    /**
     * Local search only, for a schedule that already has a start (e.g. from {@link GreedyScheduler}): the
     * default construction heuristic tries every expert × slot per visit, which takes tens of seconds at
     * Ehime size (300 visits × 4,000 slots), while a greedy start is ready in about 3 s.
     */
    public static SolverConfig improvingConfig(Duration timeLimit) {
        return solverConfig(timeLimit).withPhases(new LocalSearchPhaseConfig());
    }

    public static SolverFactory<ExpertSchedule> solverFactory(Duration timeLimit) {
        return SolverFactory.create(solverConfig(timeLimit));
    }
}
