package jp.lg.platform.ops.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import jp.lg.platform.core.bench.BenchOut;

/**
 * Sends commands at a fixed rate, open loop: each is sent at its scheduled time whether or not
 * earlier ones have been answered, and its HTTP latency counts from that scheduled time, so a
 * slow server cannot hide its queueing (no coordinated omission). At most
 * {@value #MAX_IN_FLIGHT} requests are outstanding; beyond that a command is counted as dropped.
 */
final class RateDriver {

    static final int MAX_IN_FLIGHT = 2_000;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final BenchOut out;

    RateDriver(HttpClient http, BenchOut out) {
        this.http = http;
        this.out = out;
    }

    /**
     * What one phase did. {@code from}/{@code to} bound the wall-clock window in which the server
     * ran the commands; {@code httpMillis} holds the latency of each command answered 2xx.
     */
    record Result(int scheduled, int ok, int failed, int dropped, double[] httpMillis, double seconds,
            Instant from, Instant to) {
        double achievedPerSecond() {
            return ok / seconds;
        }
    }

    Result run(String label, int perSecond, Duration duration, Supplier<HttpRequest> commands)
            throws InterruptedException {
        int total = (int) (perSecond * duration.toMillis() / 1000);
        long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
        double[] latencies = new double[total];
        Arrays.fill(latencies, Double.NaN);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger dropped = new AtomicInteger();
        Instant from = Instant.now();
        long start = System.nanoTime();
        long[] lastAnswer = {start};
        long nextProgress = start + TimeUnit.SECONDS.toNanos(1);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            LockSupport.parkNanos(scheduled - System.nanoTime());
            if (inFlight.get() >= MAX_IN_FLIGHT) {
                dropped.incrementAndGet();
                continue;
            }
            inFlight.incrementAndGet();
            int index = i;
            http.sendAsync(commands.get(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                if (error == null && response.statusCode() / 100 == 2) {
                    latencies[index] = (now - scheduled) / 1e6;
                    ok.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                synchronized (lastAnswer) {
                    lastAnswer[0] = Math.max(lastAnswer[0], now);
                }
                inFlight.decrementAndGet();
            });
            if (System.nanoTime() > nextProgress) {
                out.line("  %s: %,d sent, %,d ok, %,d failed, %,d in flight", label, i + 1, ok.get(), failed.get(),
                        inFlight.get());
                nextProgress += TimeUnit.SECONDS.toNanos(1);
            }
        }
        long drainDeadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < drainDeadline) {
            TimeUnit.MILLISECONDS.sleep(2);
        }
        Instant to = Instant.now();
        double seconds;
        synchronized (lastAnswer) {
            seconds = (lastAnswer[0] - start) / 1e9;
        }
        double[] okLatencies = Arrays.stream(latencies.clone()).filter(Double::isFinite).toArray();
        return new Result(total, ok.get(), failed.get() + inFlight.get(), dropped.get(), okLatencies, seconds, from, to);
    }
}
