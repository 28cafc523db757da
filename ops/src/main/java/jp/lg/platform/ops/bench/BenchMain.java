package jp.lg.platform.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.bench.BenchMachine;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.ops.local.InfraLogging;

/**
 * {@code ops/bench/run <scenario>}: runs one benchmark scenario on this machine, prints progress
 * and a table, and ends with one line of JSON holding the figures. Everything it starts (PostgreSQL,
 * Kafka, Keycloak, the application) is throw-away, bound to 127.0.0.1, and stopped at the end or on
 * Ctrl-C. Logs go to {@code ops/target/bench/<time>/}.
 *
 * <p>Usage: {@code BenchMain [--repo-root DIR] [--shared-dir DIR] outbox|fanout|chat|metrics}; the shared data
 * directory defaults to {@code $LG_SHARED_DIR} or {@code ../shared/data} beside the repository. {@code metrics}
 * takes {@code --events N} (default 10,000,000) and {@code --max-ingest-s S} (default 300).
 */
public final class BenchMain {

    private static final List<String> SCENARIOS = List.of("outbox", "fanout", "chat", "metrics");

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Path repoRoot = Path.of("").toAbsolutePath();
        Path sharedDir = null;
        List<String> scenarios = new ArrayList<>();
        long events = MetricsScenario.DEFAULT_EVENTS;
        java.time.Duration maxIngest = MetricsScenario.DEFAULT_MAX_INGEST;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--repo-root" -> repoRoot = Path.of(args[++i]).toAbsolutePath();
                case "--shared-dir" -> sharedDir = Path.of(args[++i]).toAbsolutePath();
                case "--events" -> events = Long.parseLong(args[++i].replace(",", "").replace("_", ""));
                case "--max-ingest-s" -> maxIngest = java.time.Duration.ofSeconds(Long.parseLong(args[++i]));
                default -> scenarios.add(args[i]);
            }
        }
        if (scenarios.size() != 1 || !SCENARIOS.contains(scenarios.get(0))) {
            System.err.println("usage: ops/bench/run <scenario>   scenarios: " + String.join(", ", SCENARIOS));
            System.exit(2);
        }
        Path shared = sharedDir != null ? sharedDir : Optional.ofNullable(System.getenv("LG_SHARED_DIR")).map(Path::of)
                .orElse(repoRoot.resolve("../shared/data")).toAbsolutePath().normalize();
        System.exit(run(repoRoot, shared, scenarios.get(0), events, maxIngest));
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder(String.valueOf(e));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; caused by ").append(cause);
        }
        return text.toString();
    }

    private static int run(Path repoRoot, Path sharedDir, String scenario, long events, java.time.Duration maxIngest)
            throws IOException {
        BenchOut out = new BenchOut(System.out);
        Path runDir = Files.createDirectories(repoRoot.resolve("ops/target/bench")
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
        InfraLogging.toFile(runDir.resolve("infra.log"));
        BenchMachine machine = BenchMachine.describe();
        out.line("scenario %s on %s; logs in %s", scenario, machine, runDir);
        BenchStack stack = null;
        Thread stopOnCtrlC = null;
        try {
            // the chat scenarios sign their thousands of people in with their own issuer, not Keycloak
            stack = scenario.equals("outbox") ? BenchStack.start(repoRoot, sharedDir, runDir, out)
                    : BenchStack.startWithoutKeycloak(out);
            BenchStack started = stack;
            stopOnCtrlC = new Thread(() -> {
                out.line("stopping everything the benchmark started…");
                started.close();
            }, "bench-shutdown");
            Runtime.getRuntime().addShutdownHook(stopOnCtrlC);
            BenchReport report = scenario.equals("outbox") ? new OutboxScenario(repoRoot, sharedDir, runDir, out).run(stack)
                    : scenario.equals("metrics") ? new MetricsScenario(repoRoot, sharedDir, runDir, out, events, maxIngest)
                            .run(stack)
                    : new ChatScenario(repoRoot, sharedDir, runDir, out, scenario.equals("fanout")).run(stack);
            machine.addTo(report);
            out.raw("");
            out.raw(scenario + " scenario, " + machine);
            out.raw(report.table());
            out.raw(report.json());
            return 0;
        } catch (Exception e) {
            out.line("benchmark failed: %s (logs in %s)", causes(e), runDir);
            e.printStackTrace(BenchLogging.file(runDir));
            return 1;
        } finally {
            if (stack != null) {
                out.line("stopping the application and the infrastructure…");
                stack.close();
                if (stopOnCtrlC != null) {
                    Runtime.getRuntime().removeShutdownHook(stopOnCtrlC);
                }
            }
        }
    }
}
