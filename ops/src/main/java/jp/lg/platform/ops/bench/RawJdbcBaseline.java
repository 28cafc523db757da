package jp.lg.platform.ops.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.lg.platform.core.bench.BenchOut;

/**
 * The raw JDBC baseline: how many single-row insert-and-commit transactions one connection gets
 * through per second, into a scratch table shaped like {@code outbox} (same columns and indexes,
 * same payload size), autocommit per row. The scratch table is dropped afterwards.
 */
final class RawJdbcBaseline {

    private static final String TABLE = "bench_raw_commit";
    private static final int WARM_UP = 500;

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final BenchOut out;

    RawJdbcBaseline(String jdbcUrl, String user, String password, BenchOut out) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.out = out;
    }

    /** Commits {@code rows} rows of {@code payloadBytes} each; returns commits per second. */
    double commitsPerSecond(int rows, int payloadBytes) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            createTable(connection);
            try {
                insert(connection, WARM_UP, payloadBytes);
                long start = System.nanoTime();
                insert(connection, rows, payloadBytes);
                double seconds = (System.nanoTime() - start) / 1e9;
                return rows / seconds;
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("drop table " + TABLE);
                }
            }
        }
    }

    private static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists " + TABLE);
            statement.execute("create table " + TABLE + " (id bigserial primary key, topic text not null,"
                    + " record_key text not null, payload bytea not null, event_id uuid not null unique,"
                    + " tenant_code varchar(6), created_at timestamptz not null default now(), sent_at timestamptz)");
            statement.execute("create index " + TABLE + "_pending on " + TABLE + " (id) where sent_at is null");
        }
    }

    private void insert(Connection connection, int rows, int payloadBytes) throws SQLException {
        connection.setAutoCommit(true);
        byte[] payload = new byte[payloadBytes];
        ThreadLocalRandom.current().nextBytes(payload);
        long lastProgress = System.nanoTime();
        try (PreparedStatement insert = connection.prepareStatement("insert into " + TABLE
                + " (topic, record_key, payload, event_id, tenant_code) values (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                insert.setString(1, BenchEvents.TOPIC);
                insert.setString(2, "382019");
                insert.setBytes(3, payload);
                insert.setObject(4, UUID.randomUUID());
                insert.setString(5, "382019");
                insert.executeUpdate();
                if (System.nanoTime() - lastProgress > 1_000_000_000L) {
                    out.line("  raw JDBC: %,d / %,d rows committed", i + 1, rows);
                    lastProgress = System.nanoTime();
                }
            }
        }
    }
}
