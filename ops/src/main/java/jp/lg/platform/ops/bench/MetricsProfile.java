package jp.lg.platform.ops.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where the insights topology's stream threads spend their time, by sampling: a thread dump of the
 * application ({@code jcmd <pid> Thread.print}, the JDK's own tool) every {@value #INTERVAL_MS} ms while the
 * topology ingests (from its first commit), each {@code lg-platform.insights-StreamThread} stack counted under the first of these
 * that it is in: restoring state, RocksDB, sending to Kafka (repartition, changelog, cells, commit),
 * polling Kafka, serdes, other work. Wall-clock shares, which is what limits its rate. (PostgreSQL is no
 * longer on the stream thread: the cell writer has its own.)
 */
final class MetricsProfile implements Runnable {

    static final long INTERVAL_MS = 1_000;
    private static final String THREAD = "\"lg-platform.insights-StreamThread-";
    private static final Map<String, List<String>> PLACES = new LinkedHashMap<>();

    static {
        PLACES.put("restoring state after a rebalance", List.of("StoreChangelogReader", "restore", "Restore"));
        PLACES.put("RocksDB state stores", List.of("org.rocksdb"));
        PLACES.put("sending to Kafka / committing", List.of("KafkaProducer", "RecordCollectorImpl.send",
                "TransactionManager", "commitTransaction", "sendOffsetsToTransaction"));
        PLACES.put("polling Kafka", List.of("KafkaConsumer.poll", "ClassicKafkaConsumer.poll", "AsyncKafkaConsumer.poll",
                "pollForFetches"));
        PLACES.put("serdes (JSON cells, Avro events)", List.of("JsonSerde", "jackson", "EventCodec", "org.apache.avro"));
    }

    private final String jcmd;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private volatile boolean stop;
    private volatile boolean active;
    private int samples;

    private MetricsProfile(String jcmd) {
        this.jcmd = jcmd;
        PLACES.keySet().forEach(place -> counts.put(place, 0));
        counts.put("other", 0);
    }

    /** A profile of the application the benchmark started (its child process running lg-platform.jar), if any. */
    static Optional<MetricsProfile> ofApplication() {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!jcmd.toFile().canExecute()) {
            return Optional.empty();
        }
        return Optional.of(new MetricsProfile(jcmd.toString()));
    }

    private static Optional<Long> applicationPid() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().commandLine().map(c -> c.contains("lg-platform.jar")).orElse(false))
                .map(ProcessHandle::pid).findFirst();
    }

    /** Samples count from now on (the topology has begun to commit). */
    void activate() {
        active = true;
    }

    void stop() {
        stop = true;
    }

    @Override
    public void run() {
        while (!stop) {
            try {
                Optional<Long> pid = applicationPid();
                if (pid.isPresent() && active) {
                    sample(pid.get());
                }
                TimeUnit.MILLISECONDS.sleep(INTERVAL_MS);
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // the application may be starting or stopping; the next sample will tell
            }
        }
    }

    private void sample(long pid) throws IOException, InterruptedException {
        Process dump = new ProcessBuilder(jcmd, Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        dump.waitFor(10, TimeUnit.SECONDS);
        for (String stack : text.split("\n\n")) {
            if (!stack.startsWith(THREAD)) {
                continue;
            }
            String place = PLACES.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(stack::contains)).map(Map.Entry::getKey)
                    .findFirst().orElse("other");
            synchronized (this) {
                counts.merge(place, 1, Integer::sum);
                samples++;
            }
        }
    }

    synchronized int samples() {
        return samples;
    }

    /** Each place's share of the samples, largest first. */
    synchronized Map<String, Double> shares() {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue() / (double) Math.max(1, samples),
                        (a, b) -> a, LinkedHashMap::new));
    }
}
