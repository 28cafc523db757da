package jp.lg.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.core.events.consumer.EventConsumer;
import jp.lg.platform.core.events.consumer.RetryPolicy;
import jp.lg.platform.core.kafka.KafkaClients;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.events.directory.TenantUpdated;
import jp.lg.platform.schemas.EventFixtures;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A consumer with several group members (as the notification inbox runs): once each member holds its
 * partition, every event is applied exactly once, in order per key, and each member's thread applies
 * the events of its own partition. Real Kafka and PostgreSQL.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConsumerMembersIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();
    private static final int PARTITIONS = 3;
    private static final int KEYS = 30;
    private static final int PER_KEY = 10;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void membersShareThePartitionsAndApplyEveryEventOnceInOrderPerKey() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Topic<String, SpecificRecord> topic = new Topic<>("lg.test.members-" + run, Serdes.String(),
                EventSerde.of(SpecificRecord.class), PARTITIONS, Topic.Cleanup.DELETE);
        String name = "members-it-" + run;
        KafkaConfig kafka = APP.getConfiguration().kafka();
        Jdbi owner = PlatformStack.get().ownerJdbi();
        owner.useHandle(h -> h.execute("create table if not exists consumer_members_it (seq bigint generated always as"
                + " identity, consumer text, key text, population bigint, event_id uuid, thread text)"));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic.name(), PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
            EventConsumer<SpecificRecord> consumer = new EventConsumer<>(name, topic, (handle, event) ->
                    handle.createUpdate("insert into consumer_members_it (consumer, key, population, event_id,"
                                    + " thread) values (:consumer, :key, :population, :id, :thread)")
                            .bind("consumer", name).bind("key", event.key())
                            .bind("population", ((TenantUpdated) event.value()).getTenant().getPopulation())
                            .bind("id", event.metadata().getEventId())
                            .bind("thread", Thread.currentThread().getName())
                            .execute(),
                    owner, kafka, RetryPolicy.defaults(), new MetricRegistry(), PARTITIONS);
            consumer.start();
            try {
                awaitOnePartitionEach(admin, name);
                Set<Integer> partitionsUsed = produce(kafka, topic);
                assertThat(partitionsUsed).as("the keys reach every partition").hasSize(PARTITIONS);

                List<Row> rows = awaitRows(owner, name, KEYS * PER_KEY);

                assertThat(rows).extracting(Row::eventId).doesNotHaveDuplicates().hasSize(KEYS * PER_KEY);
                Map<String, List<Long>> byKey = rows.stream().collect(Collectors.groupingBy(Row::key,
                        Collectors.mapping(Row::population, Collectors.toList())));
                assertThat(byKey).hasSize(KEYS).allSatisfy((key, populations) ->
                        assertThat(populations).as("key %s in order", key).isSorted().hasSize(PER_KEY));
                assertThat(rows).extracting(Row::thread).containsOnly("consumer-" + name + "-1",
                        "consumer-" + name + "-2", "consumer-" + name + "-3");
                assertThat(consumer.isAlive()).isTrue();
            } finally {
                consumer.stop();
            }
            assertThat(consumer.isAlive()).as("after stop").isFalse();
        }
    }

    private static void awaitOnePartitionEach(Admin admin, String group) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all()
                    .get(10, TimeUnit.SECONDS).get(group);
            if (description.members().size() == PARTITIONS && description.members().stream()
                    .allMatch(m -> m.assignment().topicPartitions().size() == 1)) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        throw new AssertionError("the " + PARTITIONS + " members did not get one partition each within " + PATIENCE);
    }

    /** {@value #PER_KEY} updates of each of {@value #KEYS} keys, populations rising per key; the partitions used. */
    private static Set<Integer> produce(KafkaConfig kafka, Topic<String, SpecificRecord> topic) throws Exception {
        Set<Integer> partitions = new HashSet<>();
        try (Producer<String, byte[]> producer = KafkaClients.eventProducer(kafka, "consumer-members-it")) {
            for (int round = 1; round <= PER_KEY; round++) {
                for (int k = 0; k < KEYS; k++) {
                    String key = String.format("38%04d", k);
                    TenantUpdated event = EventFixtures.tenantUpdated(UUID.randomUUID(), key, "町", "Town", "town",
                            round);
                    partitions.add(producer.send(new ProducerRecord<>(topic.name(), key,
                            EventSerde.codec().encode(event))).get(10, TimeUnit.SECONDS).partition());
                }
            }
        }
        return partitions;
    }

    private static List<Row> awaitRows(Jdbi owner, String consumer, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (rows(owner, consumer).size() < expected && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        TimeUnit.MILLISECONDS.sleep(500); // an event applied twice would show up by now
        return rows(owner, consumer);
    }

    /** What the handler wrote, in the order it was written. */
    private static List<Row> rows(Jdbi owner, String consumer) {
        return owner.withHandle(h -> h.createQuery("select key, population, event_id, thread from consumer_members_it"
                        + " where consumer = :consumer order by seq")
                .bind("consumer", consumer)
                .map((rs, ctx) -> new Row(rs.getString("key"), rs.getLong("population"),
                        rs.getObject("event_id", UUID.class), rs.getString("thread")))
                .list());
    }

    private record Row(String key, long population, UUID eventId, String thread) {}
}
