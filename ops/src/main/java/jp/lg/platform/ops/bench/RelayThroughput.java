package jp.lg.platform.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import jp.lg.platform.core.bench.BenchOut;

/**
 * Outbox relay throughput: inserts a backlog of real {@code TenantUpdated} events into
 * {@code outbox} in one transaction that also notifies the relay (as a command does), and times
 * from just before the commit until no row is left unsent. The running application's relay is
 * the subject; this class only writes rows and watches.
 */
final class RelayThroughput {

    private static final int INSERT_BATCH = 1_000;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final BenchEvents events;
    private final BenchOut out;

    RelayThroughput(String jdbcUrl, String user, String password, BenchEvents events, BenchOut out) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.events = events;
        this.out = out;
    }

    /** Events per second the relay published a backlog of {@code backlog} events at. */
    double eventsPerSecond(String label, int backlog) throws SQLException, InterruptedException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            awaitDrained(connection, label + " (before)", 0);
            connection.setAutoCommit(false);
            insertBacklog(connection, backlog);
            try (Statement notify = connection.createStatement()) {
                notify.execute("select pg_notify('lg_outbox', '')");
            }
            long start = System.nanoTime();
            connection.commit();
            connection.setAutoCommit(true);
            awaitDrained(connection, label, backlog);
            return backlog / ((System.nanoTime() - start) / 1e9);
        }
    }

    private void insertBacklog(Connection connection, int backlog) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox"
                + " (topic, record_key, payload, event_id, tenant_code) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < backlog; i++) {
                BenchEvents.Encoded event = events.updated(i);
                insert.setString(1, BenchEvents.TOPIC);
                insert.setString(2, event.key());
                insert.setBytes(3, event.payload());
                insert.setObject(4, event.eventId());
                insert.setString(5, event.key());
                insert.addBatch();
                if ((i + 1) % INSERT_BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void awaitDrained(Connection connection, String label, int backlog) throws SQLException, InterruptedException {
        long start = System.nanoTime();
        long lastProgress = start;
        try (PreparedStatement pending = connection.prepareStatement("select count(*) from outbox where sent_at is null")) {
            while (true) {
                long left;
                try (ResultSet rows = pending.executeQuery()) {
                    rows.next();
                    left = rows.getLong(1);
                }
                if (left == 0) {
                    return;
                }
                if (System.nanoTime() - start > DRAIN_TIMEOUT.toNanos()) {
                    throw new IllegalStateException(label + ": " + left + " outbox rows still unsent after "
                            + DRAIN_TIMEOUT.toMinutes() + " min");
                }
                if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                    out.line("  %s: %,d of %,d published, %,d pending", label, Math.max(0, backlog - left), backlog, left);
                    lastProgress = System.nanoTime();
                }
                Thread.sleep(10);
            }
        }
    }
}
