package jp.lg.platform.experts.scheduling.bench;

import java.util.List;

/**
 * One size the benchmark runs: its problem, how long the greedy run plus the solver may take, the
 * checkpoints (s) scores are reported at, and the feasibility goal (NaN: none).
 */
record BenchSize(String key, ProblemSize problem, int seconds, List<Integer> checkpoints, double feasibleGoalSeconds) {

    /** How many municipalities Japan has (1,718 市町村 + 23 特別区), which the national size is meant for. */
    static final int NATIONAL_MUNICIPALITIES = 1741;

    static List<BenchSize> all(ReferenceData data, SchedulerBench.BenchOptions options) {
        if (options.quick()) {
            return List.of(
                    new BenchSize("ehime", ProblemSize.ehime(data, 5, 60), 5, List.of(2, 5), 2),
                    new BenchSize("national", ProblemSize.national(data, 30, 500, 4), 5, List.of(2, 5), Double.NaN));
        }
        return List.of(
                new BenchSize("ehime", ProblemSize.ehime(data, options.ehimeExperts(), 300), 30, List.of(10, 30), 2),
                new BenchSize("national", ProblemSize.national(data, 300, 5000, 13), 60, List.of(10, 30, 60), Double.NaN));
    }
}
