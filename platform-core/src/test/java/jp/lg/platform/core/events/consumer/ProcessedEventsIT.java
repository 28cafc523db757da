package jp.lg.platform.core.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.support.TestDatabase;
import jp.lg.platform.events.directory.TenantUpdated;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The batch path of {@code processed_events} against real PostgreSQL: a poll's ids are recorded in
 * one statement, and the handler receives exactly the events not applied before, in order, once each.
 */
class ProcessedEventsIT {

    @RegisterExtension
    static final TestDatabase.PoolPerClass DB = TestDatabase.poolPerClass(2);

    private final List<List<UUID>> batches = new ArrayList<>();

    @BeforeEach
    void forget() {
        DB.jdbi().useHandle(h -> h.execute("delete from processed_events where consumer = 'processed-events-it'"));
        batches.clear();
    }

    @Test
    void handsOnlyUnseenEventsToTheHandlerInOneBatchAndCountsARepeatOnce() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        ProcessedEvents<TenantUpdated> processed = processed(new Recording());
        assertThat(processed.once(event(a))).isTrue();

        List<Boolean> applied = processed.all(List.of(event(a), event(b), event(c), event(b)));

        assertThat(applied).containsExactly(false, true, true, false);
        assertThat(batches).containsExactly(List.of(a), List.of(b, c));
        assertThat(processed.all(List.of(event(c), event(b)))).containsExactly(false, false);
        assertThat(batches).hasSize(2);
        assertThat(recordedCount()).isEqualTo(3);
    }

    @Test
    void aFailingHandlerRecordsNothingOfTheBatch() {
        ProcessedEvents<TenantUpdated> processed = processed(new Recording() {
            @Override
            public void handleAll(Handle handle, List<ConsumedEvent<TenantUpdated>> events) {
                super.handleAll(handle, events);
                throw new IllegalStateException("the read model refused the batch");
            }
        });

        assertThatThrownBy(() -> processed.all(List.of(event(UUID.randomUUID()), event(UUID.randomUUID()))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(recordedCount()).isZero();
    }

    private ProcessedEvents<TenantUpdated> processed(Recording handler) {
        return new ProcessedEvents<>(DB.jdbi(), "processed-events-it", handler);
    }

    private class Recording implements EventHandler<TenantUpdated> {
        @Override
        public void handle(Handle handle, ConsumedEvent<TenantUpdated> event) {
            handleAll(handle, List.of(event));
        }

        @Override
        public void handleAll(Handle handle, List<ConsumedEvent<TenantUpdated>> events) {
            batches.add(events.stream().map(e -> e.metadata().getEventId()).toList());
        }
    }

    private static ConsumedEvent<TenantUpdated> event(UUID id) {
        TenantUpdated value = TestEvents.tenantUpdated(id);
        return new ConsumedEvent<>("382060", value, value.getMeta(), TestEvents.TOPIC.name(), 1, 0);
    }

    private static long recordedCount() {
        return DB.jdbi().withHandle(h -> h.createQuery(
                "select count(*) from processed_events where consumer = 'processed-events-it'").mapTo(Long.class).one());
    }
}
