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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.ops.local.LocalPostgres;

/**
 * Scenarios {@code fanout} and {@code chat}: messages through the whole platform — HTTP post →
 * PostgreSQL (message and outbox) → relay → Kafka → notification router (Kafka Streams) → Kafka →
 * inbox consumer (PostgreSQL) → Server-Sent Events — beside a bare Kafka producer → consumer
 * measured in the same run.
 * <ul>
 * <li>fanout: one message in the HORIZONTAL channel of a national collaboration (1,741 generated
 * municipalities × 5 people), 1,000 of the recipients connected over SSE: seconds until every inbox
 * row is written and every connected client has it (goal ≤ 2 s);</li>
 * <li>chat: 200 messages/s across the Team Ehime channels (one HORIZONTAL, 20 VERTICAL), the 100
 * town people connected over SSE: post → SSE latency p50/p99 (goal p99 ≤ 100 ms).</li>
 * </ul>
 * The people sign in with tokens of a {@link BenchIssuer}; each calls the API once, which records
 * them in the people directory as a first sign-in does.
 */
final class ChatScenario {

    static final int PEOPLE_PER_TENANT = 5;
    static final int FANOUT_SSE_CLIENTS = 1_000;
    static final int FANOUT_ROUNDS = 3;
    static final double FANOUT_GOAL_S = 2.0;
    static final int CHAT_RATE = 200;
    static final Duration CHAT_PHASE = Duration.ofSeconds(20);
    static final Duration CHAT_WARM_UP = Duration.ofSeconds(20);
    static final double CHAT_P99_GOAL_MS = 100;
    static final int RAW_KAFKA_RATE = 200;
    static final Duration RAW_KAFKA_PHASE = Duration.ofSeconds(10);
    /** The two consumer groups between the relay and the inbox: the router (Kafka Streams) and the inbox consumer. */
    private static final Map<String, String> ROUTER_AND_INBOX = linked("lg-platform.notifications-router",
            "router (messages in)", "notification-inbox", "inbox (notifications in)");
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(120);
    private static final String EHIME = "380008";
    private static final String TEAM_EHIME = "team-ehime";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path repoRoot;
    private final Path sharedDir;
    private final Path runDir;
    private final BenchOut out;
    private final boolean fanout;
    private final BenchReport report;
    private final HttpClient http = OutboxScenario.httpClient();
    private final Map<String, List<Person>> peopleByTenant = new HashMap<>();

    /** {@code fanout} true runs the fan-out part, false the steady chat part. */
    ChatScenario(Path repoRoot, Path sharedDir, Path runDir, BenchOut out, boolean fanout) {
        this.repoRoot = repoRoot;
        this.sharedDir = sharedDir;
        this.runDir = runDir;
        this.out = out;
        this.fanout = fanout;
        this.report = new BenchReport(fanout ? "fanout" : "chat", "section");
    }

    /** A signed-in person of the run. */
    record Person(String userId, String username, String tenant, String token) {}

    BenchReport run(BenchStack stack) throws Exception {
        BenchIssuer issuer = stack.track(new BenchIssuer());
        SyntheticDirectory directory = new SyntheticDirectory().write(sharedDir, runDir.resolve("data"));
        rawKafka(stack);
        out.line("2/4 starting the application with %,d municipalities (log: %s)", directory.towns().size(),
                runDir.resolve("app.log"));
        BenchApp app = stack.track(BenchApp.start(repoRoot, runDir.resolve("data"), runDir, stack, issuer.issuer(), out));
        String database = stack.postgres().jdbcUrl(LocalPostgres.DATABASE);
        try (Connection db = DriverManager.getConnection(database, LocalPostgres.SUPERUSER, "")) {
            List<String> tenants = new ArrayList<>();
            if (fanout) {
                tenants.add(SyntheticDirectory.TOKYO.value());
                directory.towns().forEach(t -> tenants.add(t.value()));
            } else {
                tenants.add(EHIME);
                tenants.addAll(ehimeTowns(db));
            }
            signIn(app, issuer, tenants);
            if (fanout) {
                fanout(app, db, directory);
            } else {
                chat(app, db, stack.kafka().bootstrapServers());
            }
        }
        return report;
    }

    private void rawKafka(BenchStack stack) throws Exception {
        out.line("1/4 raw Kafka end to end: %d records/s for %d s, producer → broker → consumer",
                RAW_KAFKA_RATE, RAW_KAFKA_PHASE.toSeconds());
        Percentiles raw = new Percentiles(new RawKafkaLatency(stack.kafka().bootstrapServers())
                .run(RAW_KAFKA_RATE, RAW_KAFKA_PHASE));
        out.line("  raw Kafka: p50 %.1f ms, p99 %.1f ms over %,d records", raw.at(50), raw.at(99), raw.count());
        report.figure("raw_kafka_e2e_p50_ms", raw.at(50), 1).figure("raw_kafka_e2e_p99_ms", raw.at(99), 1)
                .row("baseline", "raw Kafka produce → consume p50 / p99",
                        String.format("%.1f / %.1f ms", raw.at(50), raw.at(99)),
                        String.format("%,d records at %d/s, acks=all, linger 2 ms", raw.count(), RAW_KAFKA_RATE));
    }

    /** Every person calls GET /api/v1/me once, as a first sign-in; then the outbox must be empty. */
    private void signIn(BenchApp app, BenchIssuer issuer, List<String> tenants) throws Exception {
        for (String tenant : tenants) {
            List<Person> people = new ArrayList<>();
            for (int i = 0; i < PEOPLE_PER_TENANT; i++) {
                String username = "bench-" + tenant + "-" + i;
                String userId = UUID.nameUUIDFromBytes(username.getBytes()).toString();
                String role = i == 0 && (tenant.equals(EHIME) || tenant.equals(SyntheticDirectory.TOKYO.value()))
                        ? "coordinator" : "staff";
                people.add(new Person(userId, username, tenant, issuer.token(userId, username, tenant, role)));
            }
            peopleByTenant.put(tenant, people);
        }
        List<Person> everyone = peopleByTenant.values().stream().flatMap(List::stream).toList();
        out.line("3/4 %,d people sign in (GET /api/v1/me each, 32 at a time)", everyone.size());
        Semaphore inFlight = new Semaphore(32);
        AtomicInteger failed = new AtomicInteger();
        List<CompletableFuture<?>> calls = new ArrayList<>();
        long start = System.nanoTime();
        for (Person person : everyone) {
            inFlight.acquire();
            calls.add(http.sendAsync(get(app, "/api/v1/me", person), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                        inFlight.release();
                    }));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).join();
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " of " + everyone.size() + " sign-ins failed; see app.log");
        }
        out.line("  signed in in %.1f s", (System.nanoTime() - start) / 1e9);
    }

    private void fanout(BenchApp app, Connection db, SyntheticDirectory directory) throws Exception {
        Person author = peopleByTenant.get(SyntheticDirectory.TOKYO.value()).get(0);
        String channel = awaitChannel(db, SyntheticDirectory.NATIONAL, "HORIZONTAL");
        int recipients = peopleByTenant.values().stream().mapToInt(List::size).sum() - 1;
        List<Person> connected = directory.towns().stream()
                .flatMap(town -> peopleByTenant.get(town.value()).stream()).limit(FANOUT_SSE_CLIENTS).toList();
        try (SseClients sse = new SseClients(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())) {
            sse.connect(app.baseUrl(), connected.stream().map(Person::token).toList(), Duration.ofSeconds(60));
            out.line("4/4 fan-out to %,d people, %,d of them on SSE (%,d streams open, %d failed)", recipients,
                    connected.size(), sse.connected(), sse.failed());
            double worst = 0;
            double worstInbox = 0;
            double worstSse = 0;
            for (int round = 0; round <= FANOUT_ROUNDS; round++) {
                String label = round == 0 ? "warm-up" : "round " + round;
                long start = System.nanoTime();
                long startMillis = System.currentTimeMillis();
                String message = post(app, author, channel, "全国の皆さまへ: ベンチマーク " + label);
                double inbox = -1;
                double streamed = -1;
                int rows = 0;
                int arrived = 0;
                while (System.nanoTime() - start < DELIVERY_TIMEOUT.toNanos() && (inbox < 0 || streamed < 0)) {
                    if (inbox < 0 && (rows = inboxRows(db, message)) >= recipients) {
                        inbox = (System.nanoTime() - start) / 1e9;
                    }
                    if (streamed < 0 && (arrived = sse.arrivalsOf(message).size()) >= connected.size()) {
                        streamed = (sse.arrivalsOf(message).stream().mapToLong(Long::longValue).max().orElseThrow() - start) / 1e9;
                    }
                    TimeUnit.MILLISECONDS.sleep(10);
                }
                if (inbox < 0 || streamed < 0) {
                    throw new IllegalStateException(String.format("%s: after %d s only %,d of %,d inbox rows and %,d of %,d "
                            + "streams had the message", label, DELIVERY_TIMEOUT.toSeconds(), rows, recipients, arrived,
                            connected.size()));
                }
                double all = Math.max(inbox, streamed);
                out.line("  %s: every inbox row %.2f s, every SSE client %.2f s → all delivered %.2f s (%s)", label, inbox,
                        streamed, all, inboxTimeline(db, message, startMillis));
                if (round > 0) {
                    worst = Math.max(worst, all);
                    worstInbox = Math.max(worstInbox, inbox);
                    worstSse = Math.max(worstSse, streamed);
                }
            }
            report.figure("fanout_recipients", recipients, 0).figure("fanout_sse_clients", connected.size(), 0)
                    .figure("fanout_inbox_s", worstInbox, 2).figure("fanout_sse_s", worstSse, 2)
                    .figure("fanout_all_delivered_s", worst, 2)
                    .row("fanout", "every inbox row written", String.format("%.2f s", worstInbox),
                            String.format("%,d recipients, worst of %d rounds", recipients, FANOUT_ROUNDS))
                    .row("fanout", "every SSE client has it", String.format("%.2f s", worstSse),
                            String.format("%,d connected clients", connected.size()))
                    .row("fanout", "all delivered", String.format("%.2f s", worst),
                            String.format("goal <= %.1f s: %s", FANOUT_GOAL_S, worst <= FANOUT_GOAL_S ? "met" : "NOT met"));
        }
    }

    private void chat(BenchApp app, Connection db, String kafka) throws Exception {
        Map<String, String> channelOfTown = new HashMap<>();
        List<String> towns = peopleByTenant.keySet().stream().filter(t -> !t.equals(EHIME)).sorted().toList();
        String horizontal = awaitChannel(db, TEAM_EHIME, "HORIZONTAL");
        for (String town : towns) {
            channelOfTown.put(town, verticalChannel(db, town));
        }
        List<Person> connected = towns.stream().flatMap(t -> peopleByTenant.get(t).stream()).toList();
        try (SseClients sse = new SseClients(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
                ConsumerLag lag = new ConsumerLag(kafka, ROUTER_AND_INBOX)) {
            sse.connect(app.baseUrl(), connected.stream().map(Person::token).toList(), Duration.ofSeconds(60));
            out.line("4/4 chat across %d Team Ehime channels, %d people on SSE (%d streams open, %d failed)",
                    towns.size() + 1, connected.size(), sse.connected(), sse.failed());
            CpuMeter.Usage rest = new CpuMeter(app.handle()).atRest(Duration.ofSeconds(5));
            out.line("  at rest for 5 s, the streams open: application %.2f cores, machine %.0f %% busy",
                    rest.appCores(), rest.machineBusy() * 100);
            report.figure("app_cores_at_rest", rest.appCores(), 2);
            phase(app, db, sse, lag, horizontal, channelOfTown, towns, "warm-up", CHAT_RATE / 2, CHAT_WARM_UP);
            Chat half = phase(app, db, sse, lag, horizontal, channelOfTown, towns, "chat at half rate", CHAT_RATE / 2,
                    CHAT_PHASE);
            Percentiles halfLatency = new Percentiles(half.latencies());
            report.figure("chat_p50_ms_half_rate", halfLatency.at(50), 1)
                    .figure("chat_p99_ms_half_rate", halfLatency.at(99), 1)
                    .row("chat", String.format("at %d/s: post → SSE p50 / p99", CHAT_RATE / 2),
                            String.format("%.1f / %.1f ms", halfLatency.at(50), halfLatency.at(99)),
                            String.format("%,d of %,d deliveries; for comparison", halfLatency.count(), half.expected()));
            Chat measured = phase(app, db, sse, lag, horizontal, channelOfTown, towns, "chat", CHAT_RATE, CHAT_PHASE);
            Percentiles latency = new Percentiles(measured.latencies());
            Percentiles posts = new Percentiles(measured.postMillis());
            report.figure("chat_rate", CHAT_RATE, 0).figure("chat_posts_failed", measured.failedPosts(), 0)
                    .figure("chat_deliveries", latency.count(), 0).figure("chat_deliveries_expected", measured.expected(), 0)
                    .figure("chat_p50_ms", latency.at(50), 1).figure("chat_p99_ms", latency.at(99), 1)
                    .row("chat", "post → SSE p50 / p99", String.format("%.1f / %.1f ms", latency.at(50), latency.at(99)),
                            String.format("goal p99 <= %.0f ms: %s", CHAT_P99_GOAL_MS,
                                    latency.at(99) <= CHAT_P99_GOAL_MS ? "met" : "NOT met"))
                    .figure("chat_posts_per_s", measured.postsPerSecond(), 1)
                    .figure("chat_app_cpu_ms_per_post", measured.cpu().appMillisEach(measured.messages().size()), 2)
                    .figure("chat_machine_busy_pct", measured.cpu().machineBusy() * 100, 0)
                    .figure("chat_post_http_p50_ms", posts.at(50), 1)
                    .figure("chat_post_http_p99_ms", posts.at(99), 1)
                    .row("chat", "posts answered", String.format("%.1f/s, HTTP p50 %.1f / p99 %.1f ms",
                            measured.postsPerSecond(), posts.at(50), posts.at(99)),
                            "from each post's scheduled send (open loop)")
                    .row("chat", "CPU", measured.cpu().describe(measured.messages().size(), "post"),
                            "from the first post until its notifications arrived; machine: all cores, all processes")
                    .row("chat", "deliveries", String.format("%,d of %,d", latency.count(), measured.expected()),
                            String.format("%d messages/s for %d s, %d SSE clients", CHAT_RATE, CHAT_PHASE.toSeconds(),
                                    connected.size()));
        }
    }

    /**
     * One phase of steady chat, then what it measured: post → SSE latency, the time each stage took
     * (from the database's timestamps) and the largest lag of the router and the inbox consumer.
     */
    private Chat phase(BenchApp app, Connection db, SseClients sse, ConsumerLag lag, String horizontal,
            Map<String, String> channelOfTown, List<String> towns, String label, int perSecond, Duration duration)
            throws InterruptedException, SQLException {
        lag.reset();
        Chat chat = steadyChat(app, sse, horizontal, channelOfTown, towns, label, perSecond, duration);
        Percentiles latency = new Percentiles(chat.latencies());
        out.line("    post → SSE p50 %.1f ms, p99 %.1f ms over %,d deliveries (%,d expected), %,d posts failed",
                latency.at(50), latency.at(99), latency.count(), chat.expected(), chat.failedPosts());
        out.line("    where the time goes, p50 / p99: %s", stages(db, chat.messages()));
        out.line("    largest consumer lag (records): %s", ConsumerLag.describe(lag.maxSoFar()));
        out.line("    CPU from the first post until its notifications arrived: %s",
                chat.cpu().describe(chat.messages().size(), "post"));
        return chat;
    }

    /**
     * What a chat phase measured: latency of each SSE delivery (ms) and how many were expected; each post's
     * response time from its scheduled send (ms) and the posts answered per second from the first scheduled
     * send to the last response.
     */
    record Chat(double[] latencies, int expected, int failedPosts, double[] postMillis, double postsPerSecond,
            List<String> messages, CpuMeter.Usage cpu) {}

    private Chat steadyChat(BenchApp app, SseClients sse, String horizontal, Map<String, String> channelOfTown,
            List<String> towns, String label, int perSecond, Duration duration) throws InterruptedException {
        Random random = new Random(label.hashCode());
        int total = (int) (perSecond * duration.toSeconds());
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        AtomicInteger expected = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        List<Double> postMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong lastResponse = new AtomicLong();
        List<Person> ehime = peopleByTenant.get(EHIME);
        CpuMeter cpu = new CpuMeter(app.handle());
        CpuMeter.Reading before = cpu.read();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            LockSupport.parkNanos(scheduled - System.nanoTime());
            // one message in 21 goes to everyone, the others to the prefecture and one town
            boolean toAll = random.nextInt(towns.size() + 1) == 0;
            String town = towns.get(random.nextInt(towns.size()));
            Person author = random.nextBoolean() ? ehime.get(random.nextInt(ehime.size()))
                    : peopleByTenant.get(town).get(random.nextInt(PEOPLE_PER_TENANT));
            int listeners = toAll ? towns.size() * PEOPLE_PER_TENANT : PEOPLE_PER_TENANT;
            int reaching = author.tenant().equals(EHIME) ? listeners : listeners - 1;
            String channel = toAll ? horizontal : channelOfTown.get(town);
            inFlight.incrementAndGet();
            http.sendAsync(postRequest(app, author, channel, label + " " + i), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        long now = System.nanoTime();
                        postMillis.add((now - scheduled) / 1e6);
                        lastResponse.accumulateAndGet(now, Math::max);
                        if (error == null && response.statusCode() == 201) {
                            sentAt.put(idOf(response.body()), scheduled);
                            expected.addAndGet(reaching);
                        } else {
                            failed.incrementAndGet();
                        }
                        inFlight.decrementAndGet();
                    });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
        // let the last notifications arrive
        long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (arrivals(sse, sentAt) < expected.get() && System.nanoTime() < settle) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        CpuMeter.Usage used = CpuMeter.between(before, cpu.read());
        double[] latencies = sentAt.entrySet().stream()
                .flatMap(sent -> sse.arrivalsOf(sent.getKey()).stream().map(at -> (at - sent.getValue()) / 1e6))
                .mapToDouble(Double::doubleValue).toArray();
        double[] posts;
        synchronized (postMillis) {
            posts = postMillis.stream().mapToDouble(Double::doubleValue).toArray();
        }
        double postsPerSecond = posts.length / Math.max((lastResponse.get() - start) / 1e9, 1e-3);
        Percentiles post = new Percentiles(posts);
        out.line("  %s: %,d posted, %,d failed, %,d of %,d deliveries; posts answered %.0f/s, p50 %.1f ms, p99 %.1f ms"
                        + " from their scheduled send", label, sentAt.size(), failed.get(), latencies.length,
                expected.get(), postsPerSecond, post.at(50), post.at(99));
        return new Chat(latencies, expected.get(), failed.get(), posts, postsPerSecond, List.copyOf(sentAt.keySet()),
                used);
    }

    /**
     * Each stage of the phase's notifications, from the timestamps the platform keeps: the post's
     * transaction → the relay taking its outbox row ({@code outbox.sent_at}) → the inbox transaction that
     * wrote the notification ({@code notifications.created_at}: Kafka, router, inbox consumer) → the
     * notification sent on its stream ({@code streamed_at}, recorded after the send).
     */
    private static String stages(Connection db, List<String> messages) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                select percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from o.sent_at - m.created_at)),
                       percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from n.created_at - o.sent_at)),
                       percentile_cont(array[0.5, 0.99]) within group (order by extract(epoch from n.streamed_at - n.created_at))
                from notifications n
                join messages m on m.id = n.message_id
                join outbox o on o.event_id = n.source_event_id
                where n.message_id = any(cast(? as uuid[])) and n.streamed_at is not null
                """)) {
            query.setArray(1, db.createArrayOf("text", messages.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                String[] names = {"post → relayed", "relayed → in the inbox", "inbox → sent on SSE"};
                List<String> stages = new ArrayList<>();
                for (int i = 0; i < names.length; i++) {
                    Double[] at = (Double[]) rows.getArray(i + 1).getArray();
                    stages.add(String.format("%s %.1f / %.1f ms", names[i], at[0] * 1e3, at[1] * 1e3));
                }
                return String.join(", ", stages);
            }
        }
    }

    private static Map<String, String> linked(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static int arrivals(SseClients sse, Map<String, Long> messages) {
        return messages.keySet().stream().mapToInt(id -> sse.arrivalsOf(id).size()).sum();
    }

    private String post(BenchApp app, Person author, String channel, String text) throws Exception {
        HttpResponse<String> response = http.send(postRequest(app, author, channel, text),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("posting failed: " + response.statusCode() + " " + response.body());
        }
        return idOf(response.body());
    }

    private static HttpRequest postRequest(BenchApp app, Person author, String channel, String text) {
        try {
            return HttpRequest.newBuilder(URI.create(app.baseUrl() + "/api/v1/channels/" + channel + "/messages"))
                    .header("Authorization", "Bearer " + author.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("text", text))))
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String idOf(String body) {
        try {
            JsonNode message = JSON.readTree(body);
            return message.get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not a message: " + body, e);
        }
    }

    private static HttpRequest get(BenchApp app, String path, Person person) {
        return HttpRequest.newBuilder(URI.create(app.baseUrl() + path))
                .header("Authorization", "Bearer " + person.token()).build();
    }

    private static List<String> ehimeTowns(Connection db) throws SQLException {
        List<String> towns = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(
                "select member_code from collaboration_members where collaboration_code = ? order by member_code")) {
            query.setString(1, TEAM_EHIME);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    towns.add(rows.getString(1));
                }
            }
        }
        return towns;
    }

    /** The channel of {@code kind} of a collaboration, once provisioning has made it. */
    private String awaitChannel(Connection db, String collaboration, String kind) throws Exception {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement query = db.prepareStatement(
                    "select id from channels where collaboration_code = ? and kind = ?")) {
                query.setString(1, collaboration);
                query.setString(2, kind);
                try (ResultSet rows = query.executeQuery()) {
                    if (rows.next()) {
                        return rows.getString(1);
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new IllegalStateException("no " + kind + " channel of " + collaboration + " after "
                + DELIVERY_TIMEOUT.toSeconds() + " s");
    }

    private static String verticalChannel(Connection db, String town) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select c.id from channels c join channel_tenants t "
                + "on t.channel_id = c.id where c.collaboration_code = ? and c.kind = 'VERTICAL' and t.tenant_code = ?")) {
            query.setString(1, TEAM_EHIME);
            query.setString(2, town);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no vertical channel for " + town);
                }
                return rows.getString(1);
            }
        }
    }

    /**
     * When the inbox transactions of a message began, from the post: the first (the router's first
     * output reached the consumer), the last, and how many there were.
     */
    private static String inboxTimeline(Connection db, String message, long postedAtMillis) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select extract(epoch from min(created_at)) * 1000,"
                + " extract(epoch from max(created_at)) * 1000, count(distinct created_at)"
                + " from notifications where message_id = cast(? as uuid)")) {
            query.setString(1, message);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return String.format("inbox transactions: first began at %.2f s, last at %.2f s, %d of them",
                        (rows.getDouble(1) - postedAtMillis) / 1e3, (rows.getDouble(2) - postedAtMillis) / 1e3, rows.getInt(3));
            }
        }
    }

    private static int inboxRows(Connection db, String message) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from notifications where message_id = cast(? as uuid)")) {
            query.setString(1, message);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
