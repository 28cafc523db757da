package jp.lg.platform.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.lg.platform.core.support.TestDatabase;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The relay's leadership against a real PostgreSQL behind a real connection pool: one listener
 * leads at a time, and closing it hands leadership on even though its connection stays open in
 * the pool (a session-level advisory lock would otherwise outlive the listener).
 */
class OutboxListenerIT {

    @RegisterExtension
    static final TestDatabase.PoolPerClass DB = TestDatabase.poolPerClass(2);

    @Test
    void onlyOneListenerLeadsAndClosingItHandsLeadershipToTheOther() {
        OutboxListener first = OutboxListener.open(DB.jdbi());
        try (OutboxListener second = OutboxListener.open(DB.jdbi())) {
            assertThat(first.leads()).isTrue();
            assertThat(second.leads()).as("the lock is taken").isFalse();

            first.close();

            assertThat(second.leads()).as("the first listener's pooled session released the lock").isTrue();
        }
    }

    @Test
    void aClosedListenerLeavesItsPooledSessionWithoutLockOrSubscription() {
        try (OutboxListener listener = OutboxListener.open(DB.jdbi())) {
            assertThat(listener.leads()).isTrue();
        }

        for (int i = 0; i < 2; i++) {
            try (Handle pooled = DB.jdbi().open()) {
                assertThat(pooled.createQuery("select count(*) from pg_locks where locktype = 'advisory'"
                        + " and pid = pg_backend_pid()").mapTo(Long.class).one()).isZero();
                List<String> channels = pooled.createQuery("select pg_listening_channels()").mapTo(String.class).list();
                assertThat(channels).isEmpty();
            }
        }
        try (Handle other = DB.jdbi().open()) {
            assertThat(other.createQuery("select pg_try_advisory_lock(:key)").bind("key", OutboxListener.LEADER_LOCK)
                    .mapTo(Boolean.class).one()).isTrue();
            other.createQuery("select pg_advisory_unlock(:key)").bind("key", OutboxListener.LEADER_LOCK)
                    .mapTo(Boolean.class).one();
        }
    }
}
