package jp.lg.platform.experts.scheduling;

import ai.timefold.solver.core.api.solver.SolverFactory;
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

    public static SolverFactory<ExpertSchedule> solverFactory(Duration timeLimit) {
        return SolverFactory.create(solverConfig(timeLimit));
    }
}
