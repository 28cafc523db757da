package jp.lg.platform.ops.bench;

import java.time.Duration;
import java.time.Instant;

/** Where a phase's end-to-end latencies come from: per event, when it occurred to when it arrived. */
interface EffectLatencies extends AutoCloseable {

    /** What "arrived" means, for the table and the JSON ({@code tenant_history} or {@code kafka}). */
    String measuredTo();

    /**
     * Latencies in milliseconds of the events that occurred within {@code [from, to]}, waiting up to
     * {@code timeout} until {@code expected} of them have arrived (fewer if they do not).
     */
    double[] collect(Instant from, Instant to, int expected, Duration timeout) throws Exception;
}
