package jp.lg.platform.core.events;

import java.sql.SQLException;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The relay's own PostgreSQL session: it listens on {@link Outbox#CHANNEL} and holds the advisory
 * lock that makes one relay the leader. Closing it releases both, also when the connection itself
 * returns to a pool.
 */
final class OutboxListener implements AutoCloseable {

    /** Advisory lock key of the relay leader ("lg" outbox). */
    static final long LEADER_LOCK = 0x6c67_6f75_7462_6f78L;

    private final Handle handle;
    private final PGConnection connection;
    private boolean leader;

    private OutboxListener(Handle handle) throws SQLException {
        this.handle = handle;
        this.connection = handle.getConnection().unwrap(PGConnection.class);
        handle.execute("listen " + Outbox.CHANNEL);
    }

    static OutboxListener open(Jdbi jdbi) {
        Handle handle = jdbi.open();
        try {
            return new OutboxListener(handle);
        } catch (SQLException | RuntimeException e) {
            handle.close();
            throw new IllegalStateException("cannot listen for outbox notifications: " + e.getMessage(), e);
        }
    }

    /** Whether this session leads; tries to become leader if it does not yet. */
    boolean leads() {
        if (!leader) {
            leader = handle.createQuery("select pg_try_advisory_lock(:key)").bind("key", LEADER_LOCK)
                    .mapTo(Boolean.class).one();
        }
        return leader;
    }

    /** Waits until a notification arrives or {@code timeout} passes; whether one arrived. */
    boolean await(Duration timeout) {
        try {
            PGNotification[] arrived = connection.getNotifications((int) Math.max(1, timeout.toMillis()));
            return arrived != null && arrived.length > 0;
        } catch (SQLException e) {
            throw new IllegalStateException("lost the outbox notification session: " + e.getMessage(), e);
        }
    }

    /**
     * Gives up leadership and stops listening before the connection goes back to the pool: a
     * session-level advisory lock would otherwise stay with the pooled connection, and the next
     * listener (on another connection) could never lead again.
     */
    @Override
    public void close() {
        try {
            if (leader) {
                handle.createQuery("select pg_advisory_unlock(:key)").bind("key", LEADER_LOCK).mapTo(Boolean.class).one();
            }
            handle.execute("unlisten *");
        } catch (RuntimeException e) {
            // the session is broken, and with it the lock and the subscription
        } finally {
            leader = false;
            handle.close();
        }
    }
}
