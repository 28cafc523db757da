package jp.lg.platform.experts.scheduling;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.List;

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
        return solverConfig(timeLimit).withPhases(new LocalSearchPhaseConfig().withMoveSelectorConfig(
                new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig(), new SwapMoveSelectorConfig(),
                        expertAndSlotTogether()))));
    }

    /**
     * One move that gives a visit another expert and another slot at once: an unassigned visit needs both
     * to count, and an expert rarely keeps the slot another expert was available in.
     */
    static CartesianProductMoveSelectorConfig expertAndSlotTogether() {
        return new CartesianProductMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(new EntitySelectorConfig().withId("visit"))
                        .withValueSelectorConfig(new ValueSelectorConfig("expert")),
                new ChangeMoveSelectorConfig()
                        .withEntitySelectorConfig(EntitySelectorConfig.newMimicSelectorConfig("visit"))
                        .withValueSelectorConfig(new ValueSelectorConfig("slot"))));
    }

    public static SolverFactory<ExpertSchedule> solverFactory(Duration timeLimit) {
        return SolverFactory.create(solverConfig(timeLimit));
    }
}
