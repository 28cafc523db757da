package jp.lg.platform.experts.scheduling.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.Map;

/**
 * Figures of one size: the greedy baseline (its own time) and the solver, whose times are seconds from
 * the start of its own greedy start. {@code feasibleSeconds} is NaN when no schedule without hard violations was
 * found; {@code scoreAt} maps a checkpoint (s) to the best score by then, absent if none yet.
 */
record SizeResult(
        double greedySeconds,
        HardMediumSoftScore greedyScore,
        ScheduleFigures greedy,
        double feasibleSeconds,
        Map<Integer, HardMediumSoftScore> scoreAt,
        int endSeconds,
        HardMediumSoftScore finalScore,
        int hardViolations,
        ScheduleFigures solved) {
}
