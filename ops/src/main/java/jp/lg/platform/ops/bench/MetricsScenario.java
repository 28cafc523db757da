package jp.lg.platform.ops.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.ops.local.LocalPostgres;
import org.apache.kafka.common.TopicPartition;

/**
 * Scenario {@code metrics} (issue 8): {@code N} events (default 10 million) of expert requests, applications
 * and message responses over the 1,741 synthetic municipalities and 24 months go to the real input topics;
 * a plain consumer reads them back (the raw baseline, bytes only and decoded); then the application starts
 * and its insights topology ({@code lg-platform.insights}, exactly-once, its cells to {@code lg.insights.cells})
 * and cell writer (into {@code metric_values}) work through them from the beginning, timed by the consumer
 * groups' committed offsets from the topology's first commit until neither has lag: the topology on its
 * inputs and repartition topics, the writer on the cells; {@code ingest_ratio} = that rate ÷ the raw rate.
 * Then query latency through the HTTP API: a prefecture's analyst groups a metric by municipality over the
 * 24 months, a town's analyst asks for its peers.
 */
final class MetricsScenario {

    static final long DEFAULT_EVENTS = 10_000_000;
    static final Duration DEFAULT_MAX_INGEST = Duration.ofMinutes(5);
    static final double INGEST_GOAL = 0.5;
    static final double QUERY_P99_GOAL_MS = 50;
    static final int QUERY_WARM_UP = 300;
    static final int QUERIES = 1_000;
    /** The decoding baseline reads this many records at most: its rate, not a second full pass, is wanted. */
    static final long DECODED_RECORDS = 500_000;
    /** Waiting ends early when the topology's committed offsets have not moved for this long. */
    static final Duration STALLED = Duration.ofSeconds(60);
    static final String METRIC = "expert-requests";
    static final String GROUP = "lg-platform.insights";
    /** The application's writer of the topology's cells into {@code metric_values}: its group and topic. */
    static final String WRITER_GROUP = "lg-platform.insights-cells";
    static final String CELLS_TOPIC = "lg.insights.cells";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path repoRoot;
    private final Path sharedDir;
    private final Path runDir;
    private final BenchOut out;
    private final long events;
    private final Duration maxIngest;
    private final BenchReport report = new BenchReport("metrics", "section");
    private final HttpClient http = OutboxScenario.httpClient();

    MetricsScenario(Path repoRoot, Path sharedDir, Path runDir, BenchOut out, long events, Duration maxIngest) {
        this.repoRoot = repoRoot;
        this.sharedDir = sharedDir;
        this.runDir = runDir;
        this.out = out;
        this.events = events;
        this.maxIngest = maxIngest;
    }

    BenchReport run(BenchStack stack) throws Exception {
        BenchIssuer issuer = stack.track(new BenchIssuer());
        SyntheticDirectory directory = new SyntheticDirectory().write(sharedDir, runDir.resolve("data"));
        report.figure("events", events, 0).figure("municipalities", directory.towns().size(), 0)
                .figure("months", MetricsEvents.MONTHS, 0);
        try (MetricsIngest kafka = stack.track(new MetricsIngest(stack.kafka().bootstrapServers(), out))) {
            kafka.createTopics();
            out.line("1/5 sending %,d events over %,d municipalities and %d months to %s", events,
                    directory.towns().size(), MetricsEvents.MONTHS, String.join(", ", MetricsEvents.TOPICS));
            double produced = kafka.produce(new MetricsEvents(directory.towns(), 2026), events);
            Map<TopicPartition, Long> ends = kafka.endOffsets(MetricsIngest.inputPartitions());
            long total = ends.values().stream().mapToLong(Long::longValue).sum();
            if (total != events) {
                throw new IllegalStateException("the topics hold " + total + " records, not " + events);
            }
            report.figure("produce_events_per_s", produced, 0)
                    .row("load", "events sent (bulk producer)", String.format("%,.0f events/s", produced),
                            String.format("%,d events, acks=all, uncompressed", events));
            out.line("2/5 raw baseline: a plain consumer reads the %,d records from the beginning", events);
            MetricsIngest.Read raw = kafka.readAll(events, false);
            out.line("  raw: %,.0f records/s (%.1f s)", raw.perSecond(), raw.seconds());
            MetricsIngest.Read decoded = kafka.readAll(Math.min(events, DECODED_RECORDS), true);
            out.line("  raw, decoding each event: %,.0f records/s (%.1f s)", decoded.perSecond(), decoded.seconds());
            report.figure("raw_consumer_records_per_s", raw.perSecond(), 0)
                    .figure("raw_consumer_decoded_records_per_s", decoded.perSecond(), 0)
                    .row("baseline", "raw KafkaConsumer (bytes)", String.format("%,.0f records/s", raw.perSecond()),
                            String.format("%,d records, 9 partitions, read_committed", events))
                    .row("baseline", "raw KafkaConsumer + Avro decode", String.format("%,.0f records/s",
                            decoded.perSecond()), String.format("first %,d records, EventSerde's codec on every value",
                            decoded.records()));
            out.line("3/5 starting the application with %,d municipalities (log: %s); its insights topology "
                    + "starts from the beginning", directory.towns().size(), runDir.resolve("app.log"));
            Optional<MetricsProfile> profile = MetricsProfile.ofApplication();
            Ingest ingest = new Ingest(kafka, ends, () -> profile.ifPresent(MetricsProfile::activate));
            Thread follower = new Thread(ingest, "bench-metrics-lag");
            follower.setDaemon(true);
            follower.start();
            profile.ifPresent(p -> {
                Thread sampler = new Thread(p, "bench-metrics-profile");
                sampler.setDaemon(true);
                sampler.start();
            });
            BenchApp app;
            try {
                app = stack.track(BenchApp.start(repoRoot, runDir.resolve("data"), runDir, stack, issuer.issuer(), out));
                out.line("  application ready at %s", app.baseUrl());
                follower.join(maxIngest.toMillis() + TimeUnit.MINUTES.toMillis(5));
            } finally {
                ingest.stop = true;
                profile.ifPresent(MetricsProfile::stop);
            }
            ingest(ingest, raw, decoded);
            profile.ifPresent(this::profile);
            metricRows(stack);
            queries(app, issuer, directory, ingest.caughtUp);
        }
        return report;
    }

    /** Follows the insights group from the application's start until it has no lag or the time is up. */
    private final class Ingest implements Runnable {

        private final MetricsIngest kafka;
        private final Map<TopicPartition, Long> ends;
        volatile boolean stop;
        volatile boolean caughtUp;
        volatile long firstAt;
        volatile long firstCommitted = -1;
        volatile long lastAt;
        volatile long lastCommitted;
        volatile long movedAt;
        volatile boolean stalled;
        volatile Exception failure;

        private final Runnable onFirstCommit;

        Ingest(MetricsIngest kafka, Map<TopicPartition, Long> ends, Runnable onFirstCommit) {
            this.kafka = kafka;
            this.ends = ends;
            this.onFirstCommit = onFirstCommit;
        }

        @Override
        public void run() {
            long nextProgress = 0;
            try {
                while (!stop) {
                    MetricsIngest.Position at = kafka.position(GROUP, ends);
                    long now = System.nanoTime();
                    if (firstCommitted < 0 && at.inputCommitted() > 0) {
                        firstAt = now;
                        firstCommitted = at.inputCommitted();
                        nextProgress = now + TimeUnit.SECONDS.toNanos(5);
                        out.line("  insights: first commit, %,d records consumed", firstCommitted);
                        onFirstCommit.run();
                    }
                    if (firstCommitted >= 0) {
                        if (at.inputCommitted() != lastCommitted) {
                            movedAt = now;
                        }
                        lastAt = now;
                        lastCommitted = at.inputCommitted();
                        double seconds = (now - firstAt) / 1e9;
                        long writerLag = at.inputLag() == 0 && at.internalLag() == 0
                                ? kafka.lag(WRITER_GROUP, CELLS_TOPIC) : -1;
                        if (writerLag == 0) {
                            caughtUp = true;
                            out.line("  insights: no lag after %.1f s", seconds);
                            return;
                        }
                        if (now > nextProgress) {
                            out.line("  insights: %,d / %,d consumed (%,.0f records/s so far), lag %,d on the inputs,"
                                            + " %,d on its repartition topics%s, %.0f s", at.inputCommitted(), events,
                                    (lastCommitted - firstCommitted) / Math.max(seconds, 1e-3), at.inputLag(),
                                    at.internalLag(), writerLag > 0 ? String.format(", %,d cells not yet in PostgreSQL",
                                            writerLag) : "", seconds);
                            nextProgress += TimeUnit.SECONDS.toNanos(5);
                        }
                        if (now - movedAt > STALLED.toNanos()) {
                            stalled = true;
                            out.line("  insights: no progress for %d s (lag %,d); stopped waiting, see app.log",
                                    STALLED.toSeconds(), at.inputLag());
                            return;
                        }
                        if (now - firstAt > maxIngest.toNanos()) {
                            out.line("  insights: stopped waiting after %d s with lag %,d", maxIngest.toSeconds(),
                                    at.inputLag());
                            return;
                        }
                    }
                    TimeUnit.MILLISECONDS.sleep(250);
                }
            } catch (Exception e) {
                failure = e;
            }
        }
    }

    private void ingest(Ingest ingest, MetricsIngest.Read raw, MetricsIngest.Read decoded) {
        if (ingest.failure != null) {
            throw new IllegalStateException("following the insights group failed: " + ingest.failure.getMessage(),
                    ingest.failure);
        }
        if (ingest.firstCommitted < 0) {
            throw new IllegalStateException("the insights topology committed nothing; see app.log");
        }
        double seconds = (ingest.lastAt - ingest.firstAt) / 1e9;
        long consumed = ingest.lastCommitted - ingest.firstCommitted;
        double rate = consumed / seconds;
        double ratio = rate / raw.perSecond();
        out.line("4/5 insights topology: %,d records in %.1f s after its first commit: %,.0f records/s, %.4f of raw%s",
                consumed, seconds, rate, ratio, ingest.caughtUp ? "" : " (did NOT catch up)");
        double moving = (ingest.movedAt - ingest.firstAt) / 1e9;
        if (ingest.stalled) {
            out.line("  it stopped advancing %.1f s after its first commit (%,.0f records/s until then)", moving,
                    consumed / Math.max(moving, 1e-3));
            report.figure("topology_records_per_s_before_stall", consumed / Math.max(moving, 1e-3), 0);
        }
        long fenced = fencings();
        out.line("  its stream thread was fenced (transaction aborted, tasks lost, work redone) %d times", fenced);
        report.figure("topology_fenced", fenced, 0).row("topology", "stream thread fenced (work lost, redone)",
                String.valueOf(fenced), "'is being fenced' in app.log: its transaction outlived transaction.timeout.ms");
        report.figure("topology_records_per_s", rate, 0).figure("topology_records_measured", consumed, 0)
                .figure("topology_seconds", seconds, 1).text("topology_caught_up", ingest.caughtUp)
                .text("topology_stalled", ingest.stalled)
                .figure("ingest_ratio", ratio, 4)
                .row("topology", "insights topology + cell writer (into metric_values)", String.format("%,.0f records/s", rate),
                        String.format("%,d records in %.1f s from its first commit%s", consumed, seconds,
                                ingest.caughtUp ? ", until no lag" : ingest.stalled
                                        ? String.format(", then STALLED (no progress after %.0f s)", moving)
                                        : ", did NOT catch up within the time limit"))
                .row("topology", "ingest_ratio (topology / raw bytes)", String.format("%.4f", ratio),
                        String.format("goal >= %.2f: %s; vs decoding consumer %.4f", INGEST_GOAL,
                                ratio >= INGEST_GOAL ? "met" : "NOT met", rate / decoded.perSecond()));
    }

    /** How often app.log says an insights stream thread was fenced: its transaction aborted and its tasks lost. */
    private long fencings() {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(runDir.resolve("app.log"))) {
            return lines.filter(l -> l.contains("[" + GROUP + "-StreamThread") && l.contains("is being fenced")).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }

    private void profile(MetricsProfile profile) {
        Map<String, Double> shares = profile.shares();
        String text = shares.entrySet().stream().map(e -> String.format("%s %.0f %%", e.getKey(), 100 * e.getValue()))
                .collect(java.util.stream.Collectors.joining(", "));
        out.line("  where its stream thread spent the time (%d thread dumps, one a second): %s", profile.samples(), text);
        report.text("topology_profile", text).row("topology", "stream thread, share of samples",
                shares.isEmpty() ? "-" : String.format("%.0f %% %s", 100 * shares.values().iterator().next(),
                        shares.keySet().iterator().next()),
                String.format("%d thread dumps; then %s", profile.samples(), shares.entrySet().stream().skip(1).limit(3)
                        .map(e -> String.format("%s %.0f %%", e.getKey(), 100 * e.getValue()))
                        .collect(java.util.stream.Collectors.joining(", "))));
    }

    private void metricRows(BenchStack stack) throws Exception {
        try (Connection db = DriverManager.getConnection(stack.postgres().jdbcUrl(LocalPostgres.DATABASE),
                LocalPostgres.SUPERUSER, "");
                Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select count(*), count(distinct municipality_code) from metric_values")) {
            rows.next();
            out.line("  metric_values: %,d rows over %,d municipalities", rows.getLong(1), rows.getLong(2));
            report.figure("metric_values_rows", rows.getLong(1), 0)
                    .row("topology", "metric_values rows written", String.format("%,d", rows.getLong(1)),
                            String.format("%,d municipalities", rows.getLong(2)));
        }
    }

    private void queries(BenchApp app, BenchIssuer issuer, SyntheticDirectory directory, boolean caughtUp)
            throws Exception {
        String tokyo = SyntheticDirectory.TOKYO.value();
        LgCode town = directory.towns().stream().filter(t -> t.value().startsWith("13")).findFirst().orElseThrow();
        String leadAnalyst = token(issuer, "bench-analyst-" + tokyo, tokyo);
        String townAnalyst = token(issuer, "bench-analyst-" + town.value(), town.value());
        for (String token : List.of(leadAnalyst, townAnalyst)) {
            send(app, "/api/v1/me", token);
        }
        String range = "&from=" + MetricsEvents.FIRST_MONTH + "&to=" + MetricsEvents.FIRST_MONTH.plusMonths(MetricsEvents.MONTHS - 1);
        String grouped = "/api/v1/metrics/" + METRIC + "/values?scope=prefecture&code=" + tokyo + "&groupBy=municipality" + range;
        String peers = "/api/v1/metrics/" + METRIC + "/peers?municipality=" + town.value() + range;
        describe("grouped", send(app, grouped, leadAnalyst));
        describe("peers", send(app, peers, townAnalyst));
        out.line("5/5 query latency%s: %,d warm-up then %,d measured requests of each, one at a time",
                caughtUp ? "" : " (the topology is still ingesting meanwhile)", QUERY_WARM_UP, QUERIES);
        Percentiles a = latencies(app, grouped, leadAnalyst, "grouped");
        Percentiles b = latencies(app, peers, townAnalyst, "peers");
        double worst = Math.max(a.at(99), b.at(99));
        report.figure("query_grouped_p50_ms", a.at(50), 1).figure("query_grouped_p99_ms", a.at(99), 1)
                .figure("query_peers_p50_ms", b.at(50), 1).figure("query_peers_p99_ms", b.at(99), 1)
                .figure("query_p99_ms", worst, 1)
                .row("query", "prefecture grouped by municipality p50 / p99", String.format("%.1f / %.1f ms",
                        a.at(50), a.at(99)), String.format("%s analyst, %s over 24 months, %,d requests", tokyo, METRIC,
                        a.count()))
                .row("query", "peers of a town p50 / p99", String.format("%.1f / %.1f ms", b.at(50), b.at(99)),
                        String.format("analyst of %s, %,d requests", town.value(), b.count()))
                .row("query", "query_p99_ms (worst of the two)", String.format("%.1f ms", worst),
                        String.format("goal <= %.0f ms: %s%s", QUERY_P99_GOAL_MS, worst <= QUERY_P99_GOAL_MS ? "met" : "NOT met",
                                caughtUp ? "" : "; measured while the topology was still ingesting"));
    }

    private Percentiles latencies(BenchApp app, String path, String token, String label) throws Exception {
        for (int i = 0; i < QUERY_WARM_UP; i++) {
            send(app, path, token);
        }
        double[] millis = new double[QUERIES];
        for (int i = 0; i < QUERIES; i++) {
            long start = System.nanoTime();
            send(app, path, token);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Percentiles p = new Percentiles(millis);
        out.line("  %s: p50 %.1f ms, p99 %.1f ms, max %.1f ms", label, p.at(50), p.at(99), p.max());
        return p;
    }

    /** What a response holds, so the table says the queries were about real figures. */
    private void describe(String label, String body) throws Exception {
        JsonNode json = JSON.readTree(body);
        out.line("  %s query: %,d bytes, %s", label, body.length(), json.has("rows")
                ? json.get("rows").size() + " rows" : json.has("peers") ? json.get("peers").size() + " peers"
                : String.join(",", (Iterable<String>) json::fieldNames));
    }

    private String token(BenchIssuer issuer, String username, String tenant) {
        return issuer.token(UUID.nameUUIDFromBytes(username.getBytes()).toString(), username, tenant, "analyst");
    }

    private String send(BenchApp app, String path, String token) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
