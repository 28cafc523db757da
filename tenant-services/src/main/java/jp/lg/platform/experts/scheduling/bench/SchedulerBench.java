package jp.lg.platform.experts.scheduling.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Supplier;
import jp.lg.platform.core.bench.BenchMachine;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import org.slf4j.LoggerFactory;

/**
 * {@code ops/bench/run scheduler}: generates the Ehime-size problem from {@code <shared-dir>/data} and
 * the national-size one from {@link SyntheticJapan} (with the data's specialties and programmes), runs the greedy baseline and the solver on each, prints progress, a
 * Markdown table and one JSON line. Options: {@code --shared-dir DIR} (required), {@code --quick}
 * (small sizes, 5 s each: a smoke test), {@code --seed N} (default 2026), {@code --ehime-experts N}
 * (default 7), {@code --sizes ehime,national}.
 */
public final class SchedulerBench {

    private SchedulerBench() {
    }

    public static void main(String[] args) {
        quietLogging();
        BenchOptions options = BenchOptions.parse(args);
        BenchOut out = new BenchOut(System.out);
        BenchMachine machine = BenchMachine.describe();
        out.line("scheduler benchmark %s: %s, seed %d%s", Instant.now().truncatedTo(ChronoUnit.SECONDS), machine,
                options.seed(), options.quick() ? ", quick" : "");
        ReferenceData data = ReferenceData.read(options.sharedDir().resolve("data"));
        BenchReport report = new BenchReport("scheduler", "size");
        report.text("quick", options.quick()).figure("seed", options.seed(), 0);
        for (BenchSize size : BenchSize.all(data, options)) {
            if (!options.sizes().contains(size.key())) {
                continue;
            }
            Supplier<ExpertSchedule> generate = () -> new ProblemGenerator(data).generate(size.problem(), options.seed());
            ExpertSchedule problem = generate.get();
            out.line("%s: %d requests from %d towns, %d experts, %d slots, %s – %s", size.key(), problem.getVisits().size(),
                    size.problem().towns().size(), problem.getExperts().size(), problem.getTimeSlots().size(),
                    size.problem().from(), size.problem().to());
            SizeResult result = SizeRun.run(size.key(), generate, size.seconds(), size.checkpoints(), out);
            new SizeFindings(size, problem, result).addTo(report);
        }
        machine.addTo(report);
        out.raw("");
        out.raw(report.table());
        out.raw(report.json());
    }

    private static void quietLogging() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
    }

    /** Parsed command line. */
    record BenchOptions(Path sharedDir, boolean quick, long seed, int ehimeExperts, List<String> sizes) {

        static BenchOptions parse(String[] args) {
            Path shared = null;
            boolean quick = false;
            long seed = 2026;
            int experts = 7;
            List<String> sizes = List.of("ehime", "national");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--shared-dir" -> shared = Path.of(args[++i]);
                    case "--quick" -> quick = true;
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--ehime-experts" -> experts = Integer.parseInt(args[++i]);
                    case "--sizes" -> sizes = List.of(args[++i].split(","));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + "; usage: --shared-dir DIR [--quick] [--seed N] [--ehime-experts N] [--sizes ehime,national]");
                }
            }
            if (shared == null) {
                throw new IllegalArgumentException("--shared-dir DIR is required (the directory holding data/)");
            }
            return new BenchOptions(shared, quick, seed, experts, sizes);
        }
    }
}
