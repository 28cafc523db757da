package jp.lg.platform.ops.bench;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.ops.local.LocalPostgres;

/**
 * Scenario {@code outbox}: HTTP command → PostgreSQL (tenant row and outbox row in one transaction)
 * → relay → Kafka → consumer, beside its raw baselines (single-row JDBC commits, a bare Kafka
 * producer) measured in the same run against the same PostgreSQL and broker.
 */
final class OutboxScenario {

    static final int RAW_JDBC_ROWS = 5_000;
    static final int RAW_KAFKA_RECORDS = 100_000;
    static final int RELAY_WARM_UP = 2_000;
    static final int RELAY_BACKLOG = 20_000;
    static final int[] RATES = {200, 500};
    static final Duration PHASE = Duration.ofSeconds(10);
    /** Long enough for the JIT to compile the request path (a few thousand requests), as in service. */
    static final Duration WARM_UP = Duration.ofSeconds(20);
    static final int WARM_UP_RATE = 200;
    static final double RELAY_GOAL = 0.70;
    static final double E2E_P99_GOAL_MS = 50;

    private final Path repoRoot;
    private final Path sharedDir;
    private final Path runDir;
    private final BenchOut out;
    private final BenchReport report = new BenchReport("outbox", "section");

    OutboxScenario(Path repoRoot, Path sharedDir, Path runDir, BenchOut out) {
        this.repoRoot = repoRoot;
        this.sharedDir = sharedDir;
        this.runDir = runDir;
        this.out = out;
    }

    BenchReport run(BenchStack stack) throws Exception {
        BenchEvents events = new BenchEvents(sharedDir);
        int eventBytes = events.typicalSize();
        String jdbcUrl = stack.postgres().jdbcUrl(LocalPostgres.DATABASE);
        report.figure("event_bytes", eventBytes, 0).text("pg_synchronous_commit", PostgresSettings.synchronousCommit(jdbcUrl));
        double jdbc = rawJdbc(jdbcUrl, eventBytes);
        rawKafka(stack, events, eventBytes);
        out.line("starting the application (log: %s)", runDir.resolve("app.log"));
        BenchApp app = stack.track(BenchApp.start(repoRoot, sharedDir, runDir, stack, out));
        out.line("application ready at %s", app.baseUrl());
        try (PublishedLatencies published = new PublishedLatencies(stack.kafka().bootstrapServers())) {
            relay(jdbcUrl, events, jdbc);
            new EndToEnd(stack, app, events, published, report, out).run();
        }
        return report;
    }

    private double rawJdbc(String jdbcUrl, int eventBytes) throws Exception {
        out.line("1/4 raw JDBC baseline: %,d single-row insert-and-commit of %d B, one connection", RAW_JDBC_ROWS, eventBytes);
        double perSecond = new RawJdbcBaseline(jdbcUrl, LocalPostgres.OWNER_ROLE, LocalPostgres.OWNER_PASSWORD, out)
                .commitsPerSecond(RAW_JDBC_ROWS, eventBytes);
        out.line("  raw JDBC: %,.0f commits/s", perSecond);
        report.figure("raw_jdbc_commits_per_s", perSecond, 0)
                .row("baseline", "raw JDBC insert+commit", String.format("%,.0f commits/s", perSecond),
                        String.format("%,d rows x %d B, autocommit, 1 connection", RAW_JDBC_ROWS, eventBytes));
        return perSecond;
    }

    private void rawKafka(BenchStack stack, BenchEvents events, int eventBytes) throws Exception {
        out.line("2/4 raw Kafka baseline: %,d records of %d B, idempotent, acks=all", RAW_KAFKA_RECORDS, eventBytes);
        List<String> keys = events.tenants().stream().map(Tenant::code).map(Object::toString).toList();
        RawKafkaBaseline.Result kafka = new RawKafkaBaseline(stack.kafka().bootstrapServers(), out)
                .run(RAW_KAFKA_RECORDS, eventBytes, keys);
        out.line("  raw Kafka: %,.0f records/s, %.1f MB/s", kafka.recordsPerSecond(), kafka.megabytesPerSecond());
        report.figure("raw_kafka_records_per_s", kafka.recordsPerSecond(), 0)
                .figure("raw_kafka_mb_per_s", kafka.megabytesPerSecond(), 1)
                .row("baseline", "raw Kafka producer", String.format("%,.0f records/s (%.1f MB/s)",
                        kafka.recordsPerSecond(), kafka.megabytesPerSecond()),
                        String.format("%,d x %d B, idempotent, acks=all, 3 partitions", RAW_KAFKA_RECORDS, eventBytes));
    }

    private void relay(String jdbcUrl, BenchEvents events, double jdbc) throws Exception {
        RelayThroughput relay = new RelayThroughput(jdbcUrl, LocalPostgres.OWNER_ROLE, LocalPostgres.OWNER_PASSWORD,
                events, out);
        out.line("3/4 outbox relay: warm-up backlog of %,d events, then %,d", RELAY_WARM_UP, RELAY_BACKLOG);
        relay.eventsPerSecond("relay warm-up", RELAY_WARM_UP);
        double eps = relay.eventsPerSecond("relay", RELAY_BACKLOG);
        double ratio = eps / jdbc;
        out.line("  relay: %,.0f events/s = %.2f x raw JDBC commits/s", eps, ratio);
        report.figure("relay_eps", eps, 0).figure("relay_ratio", ratio, 2)
                .row("relay", "outbox relay throughput", String.format("%,.0f events/s", eps),
                        String.format("backlog of %,d committed at once", RELAY_BACKLOG))
                .row("relay", "relay / raw JDBC commits", String.format("%.2f", ratio),
                        String.format("goal >= %.2f: %s", RELAY_GOAL, ratio >= RELAY_GOAL ? "met" : "NOT met"));
    }

    static HttpClient httpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }
}
