package jp.lg.platform.core.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.support.TestDatabase;
import jp.lg.platform.schemas.EventFixtures;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The relay's leadership against a real PostgreSQL behind a real connection pool: one listener
 * leads at a time, and closing it hands leadership on even though its connection stays open in
 * the pool (a session-level advisory lock would otherwise outlive the listener); an appended event
 * wakes it when, and only if, its transaction commits.
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

    @Test
    void anAppendedEventWakesTheListenerWhenItsTransactionCommitsAndNeverIfItRollsBack() {
        Topic<String, SpecificRecord> topic = new Topic<>("lg.test.listener", Serdes.String(),
                EventSerde.of(SpecificRecord.class), 3, Topic.Cleanup.DELETE);
        try (OutboxListener listener = OutboxListener.open(DB.jdbi())) {
            DB.jdbi().useTransaction(h -> {
                Outbox.append(h, topic, "382060", EventFixtures.saijoUpdated(UUID.randomUUID()));
                assertThat(listener.await(Duration.ofMillis(300))).as("nothing before the commit").isFalse();
            });
            assertThat(listener.await(Duration.ofSeconds(10))).as("woken by the commit").isTrue();

            assertThatThrownBy(() -> DB.jdbi().useTransaction(h -> {
                Outbox.append(h, topic, "382060", EventFixtures.saijoUpdated(UUID.randomUUID()));
                throw new IllegalStateException("the command fails after appending");
            })).hasMessageContaining("the command fails");
            assertThat(listener.await(Duration.ofMillis(500))).as("a rolled-back event wakes nobody").isFalse();
        }
        try (Handle h = DB.jdbi().open()) {
            assertThat(h.createQuery("select count(*) from outbox where topic = 'lg.test.listener'").mapTo(Long.class).one())
                    .as("only the committed event is stored").isEqualTo(1);
        }
    }
}
