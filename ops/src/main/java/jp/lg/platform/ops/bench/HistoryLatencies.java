package jp.lg.platform.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.core.bench.BenchOut;

/**
 * End-to-end latency read from the consumer's effect: per row of {@code tenant_history},
 * {@code recorded_at − occurred_at}. {@code occurred_at} is the event's envelope time, stamped by
 * the server when the command ran (millisecond precision); {@code recorded_at} is {@code now()} of
 * the consumer's transaction that applied it.
 */
final class HistoryLatencies implements EffectLatencies {

    private static final String RECORDED = "select count(*) from tenant_history";
    private static final String TENANT_EVENTS = "select count(*) from outbox where topic = '" + BenchEvents.TOPIC + "'";

    private final Connection connection;

    HistoryLatencies(String jdbcUrl, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
    }

    @Override
    public String measuredTo() {
        return "tenant_history";
    }

    /** Whether any event reaches {@code tenant_history} within {@code timeout} (is a consumer wired?). */
    boolean awaitAnyRecorded(Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(RECORDED) == 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    /**
     * Waits until the consumer has recorded every tenant event of the outbox; returns the rate it
     * recorded events at meanwhile (events/s), or NaN if it did not catch up within {@code timeout}.
     */
    double awaitCaughtUp(Duration timeout, BenchOut out) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long lastProgress = start;
        long initial = count(RECORDED);
        while (true) {
            long events = count(TENANT_EVENTS);
            long recorded = count(RECORDED);
            if (recorded >= events) {
                double seconds = (System.nanoTime() - start) / 1e9;
                return (recorded - initial) / Math.max(seconds, 1e-3);
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                return Double.NaN;
            }
            if (System.nanoTime() - lastProgress > 2_000_000_000L) {
                out.line("  consumer catching up: %,d of %,d events in tenant_history", recorded, events);
                lastProgress = System.nanoTime();
            }
            Thread.sleep(100);
        }
    }

    /** Events per second the consumer recorded between {@code from} and {@code to} (by {@code recorded_at}). */
    double appliedPerSecond(Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from tenant_history where recorded_at between ? and ?")) {
            bindWindow(query, from, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1) / Math.max(1e-3, Duration.between(from, to).toNanos() / 1e9);
            }
        }
    }

    /** Tenant events in the outbox not yet in {@code tenant_history}. */
    long pending() throws SQLException {
        return count(TENANT_EVENTS) - count(RECORDED);
    }

    @Override
    public double[] collect(Instant from, Instant to, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (countIn(from, to) < expected && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        try (PreparedStatement query = connection.prepareStatement("select extract(epoch from recorded_at - occurred_at)"
                + " * 1000 from tenant_history where occurred_at between ? and ?")) {
            bindWindow(query, from, to);
            List<Double> latencies = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    latencies.add(rows.getDouble(1));
                }
            }
            return latencies.stream().mapToDouble(Double::doubleValue).toArray();
        }
    }

    private long countIn(Instant from, Instant to) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select count(*) from tenant_history where occurred_at between ? and ?")) {
            bindWindow(query, from, to);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void bindWindow(PreparedStatement query, Instant from, Instant to) throws SQLException {
        // occurred_at is stored in whole milliseconds
        query.setTimestamp(1, Timestamp.from(from.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
        query.setTimestamp(2, Timestamp.from(to));
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
