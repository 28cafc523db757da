package jp.lg.platform.experts.scheduling.bench;

import java.util.List;

/**
 * One size the benchmark runs: its problem, how long the greedy run plus the solver may take, the
 * checkpoints (s) scores are reported at, and the feasibility goal (NaN: none).
 */
record BenchSize(String key, ProblemSize problem, int seconds, List<Integer> checkpoints, double feasibleGoalSeconds) {

    /** Both sizes; the national one over {@link SyntheticJapan} made from the run's seed. */
    static List<BenchSize> all(ReferenceData data, SchedulerBench.BenchOptions options) {
        SyntheticJapan japan = SyntheticJapan.generate(options.seed());
        if (options.quick()) {
            return List.of(
                    new BenchSize("ehime", ProblemSize.ehime(data, 5, 60), 5, List.of(2, 5), 2),
                    new BenchSize("national", ProblemSize.national(japan, 30, 500, 4), 5, List.of(2, 5), Double.NaN));
        }
        return List.of(
                new BenchSize("ehime", ProblemSize.ehime(data, options.ehimeExperts(), 300), 30, List.of(10, 30), 2),
                new BenchSize("national", ProblemSize.national(japan, 300, 5000, 13), 60, List.of(10, 30, 60), Double.NaN));
    }
}
