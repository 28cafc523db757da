package jp.lg.platform.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.lg.platform.core.support.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The relay's leadership against a real PostgreSQL behind a real connection pool: one listener
 * leads at a time, and closing it hands leadership on even though its connection stays open in
 * the pool (a session-level advisory lock would otherwise outlive the listener).
 */
class OutboxListenerIT {

    private static TestDatabase.Pooled pool;
    private static Jdbi jdbi;

    @BeforeAll
    static void start() {
        pool = TestDatabase.pool(2);
        jdbi = pool.jdbi();
    }

    @AfterAll
    static void stop() throws Exception {
        pool.close();
    }

    @Test
    void onlyOneListenerLeadsAndClosingItHandsLeadershipToTheOther() {
        OutboxListener first = OutboxListener.open(jdbi);
        try (OutboxListener second = OutboxListener.open(jdbi)) {
            assertThat(first.leads()).isTrue();
            assertThat(second.leads()).as("the lock is taken").isFalse();

            first.close();

            assertThat(second.leads()).as("the first listener's pooled session released the lock").isTrue();
        }
    }

    @Test
    void aClosedListenerLeavesItsPooledSessionWithoutLockOrSubscription() {
        try (OutboxListener listener = OutboxListener.open(jdbi)) {
            assertThat(listener.leads()).isTrue();
        }

        for (int i = 0; i < 2; i++) {
            try (Handle pooled = jdbi.open()) {
                assertThat(pooled.createQuery("select count(*) from pg_locks where locktype = 'advisory'"
                        + " and pid = pg_backend_pid()").mapTo(Long.class).one()).isZero();
                List<String> channels = pooled.createQuery("select pg_listening_channels()").mapTo(String.class).list();
                assertThat(channels).isEmpty();
            }
        }
        try (Handle other = jdbi.open()) {
            assertThat(other.createQuery("select pg_try_advisory_lock(:key)").bind("key", OutboxListener.LEADER_LOCK)
                    .mapTo(Boolean.class).one()).isTrue();
            other.createQuery("select pg_advisory_unlock(:key)").bind("key", OutboxListener.LEADER_LOCK)
                    .mapTo(Boolean.class).one();
        }
    }
}
