package jp.lg.platform.experts.scheduling.bench;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.ExpertScheduling;
import jp.lg.platform.experts.scheduling.GreedyScheduler;

/**
 * Runs one size: the greedy baseline (first come, first served) on one copy of the problem, then the solver
 * on another: its own greedy start ({@link GreedyScheduler#sparingVersatileExperts()}) and local search until
 * {@code seconds} have passed since that start began, noting the best score at each checkpoint.
 */
final class SizeRun {

    private record Best(double seconds, HardMediumSoftScore score) {
    }

    private SizeRun() {
    }

    /**
     * {@code problem} supplies the same unsolved problem each time it is asked: one copy for the baseline,
     * one for the solver.
     */
    static SizeResult run(String name, Supplier<ExpertSchedule> problem, int seconds, List<Integer> checkpoints, BenchOut out) {
        SolverConfig config = ExpertScheduling.improvingConfig(Duration.ofSeconds(seconds));
        SolutionManager<ExpertSchedule, HardMediumSoftScore> scoring = SolutionManager.create(SolverFactory.create(config));
        ExpertSchedule baseline = problem.get();
        // Building the constraint streams is start-up cost a running service pays once; keep it out of the timings.
        scoring.update(baseline);
        long greedyStart = System.nanoTime();
        new GreedyScheduler().schedule(baseline);
        double greedySeconds = since(greedyStart);
        HardMediumSoftScore greedyScore = scoring.update(baseline);
        ScheduleFigures greedy = ScheduleFigures.of(baseline);
        out.line("%s: greedy assigned %d of %d in %.1f s, score %s", name, greedy.assigned(), greedy.requests(),
                greedySeconds, greedyScore);

        ExpertSchedule start = problem.get();
        long begin = System.nanoTime();
        GreedyScheduler.sparingVersatileExperts().schedule(start);
        double startSeconds = since(begin);
        HardMediumSoftScore startScore = scoring.update(start);
        out.line("%s: solver's start (greedy sparing versatile experts) assigned %d in %.1f s, score %s", name,
                ScheduleFigures.of(start).assigned(), startSeconds, startScore);
        List<Best> bests = new CopyOnWriteArrayList<>();
        bests.add(new Best(startSeconds, startScore));
        long remainingMs = Math.max(1000, seconds * 1000L - (long) (since(begin) * 1000));
        Solver<ExpertSchedule> solver = SolverFactory.<ExpertSchedule>create(
                config.withTerminationSpentLimit(Duration.ofMillis(remainingMs))).buildSolver();
        solver.addEventListener(event -> bests.add(new Best(since(begin), (HardMediumSoftScore) event.getNewBestScore())));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "bench-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> out.line("%s: solving, best %s", name, bests.get(bests.size() - 1).score()),
                10, 10, TimeUnit.SECONDS);
        ExpertSchedule best;
        try {
            best = solver.solve(start);
        } finally {
            ticker.shutdownNow();
        }
        double end = since(begin);
        Map<Integer, HardMediumSoftScore> scoreAt = new LinkedHashMap<>();
        for (int checkpoint : checkpoints) {
            bests.stream().filter(b -> b.seconds() <= checkpoint).reduce((a, b) -> b)
                    .ifPresent(b -> scoreAt.put(checkpoint, b.score()));
        }
        double feasible = bests.stream().filter(b -> b.score().hardScore() == 0).mapToDouble(Best::seconds).findFirst()
                .orElse(Double.NaN);
        HardMediumSoftScore finalScore = scoring.update(best);
        ScheduleFigures solved = ScheduleFigures.of(best);
        out.line("%s: solver assigned %d of %d after %.1f s, score %s", name, solved.assigned(), solved.requests(), end,
                finalScore);
        return new SizeResult(greedySeconds, greedyScore, greedy, feasible, scoreAt, seconds, finalScore,
                hardViolations(scoring, best), solved);
    }

    /** Constraint matches that cost hard points: each broken rule once, however many minutes it overlaps by. */
    static int hardViolations(SolutionManager<ExpertSchedule, HardMediumSoftScore> scoring, ExpertSchedule schedule) {
        return scoring.analyze(schedule).constraintMap().values().stream()
                .filter(c -> c.score().hardScore() != 0)
                .mapToInt(ConstraintAnalysis::matchCount)
                .sum();
    }

    private static double since(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
