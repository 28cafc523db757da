package jp.lg.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.events.EventSerde;
import jp.lg.platform.core.events.consumer.DeadLetter;
import jp.lg.platform.core.events.consumer.DeadLetters;
import jp.lg.platform.core.kafka.KafkaClients;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.directory.DirectoryTopics;
import jp.lg.platform.events.directory.TenantUpdated;
import jp.lg.platform.schemas.EventFixtures;
import jp.lg.platform.ops.local.LocalPostgres;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fault test 3 of the event backbone: a poison record on {@code lg.directory.tenants} lands in the
 * DLQ with its origin, the records after it are applied exactly once, and a replay sends it round
 * again. The consumer under test is the application's own tenant-history consumer, on the real
 * Kafka and PostgreSQL.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DeadLetterIT {

    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String tenantCode = "99" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    private final MetricRegistry metrics = APP.getEnvironment().metrics();
    private Jdbi jdbi;
    private Producer<String, byte[]> producer;
    private DeadLetters deadLetters;

    @BeforeEach
    void connect() {
        KafkaConfig kafka = APP.getConfiguration().kafka();
        jdbi = Jdbi.create(PlatformStack.get().postgres().jdbcUrl(LocalPostgres.DATABASE), LocalPostgres.APP_ROLE,
                LocalPostgres.APP_PASSWORD).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        producer = KafkaClients.eventProducer(kafka, "dead-letter-it");
        deadLetters = new DeadLetters(kafka);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        deadLetters.stop();
    }

    @Test
    void aPoisonRecordIsDeadLetteredWithItsOriginAndTheRecordsAfterItAreApplied() {
        long deadLetteredBefore = metrics.meter("consumer.tenant-history.dead-lettered").getCount();
        RecordMetadata poison = send(poisonBytes());
        UUID validId = UUID.randomUUID();
        send(EventSerde.codec().encode(tenantUpdated(validId)));

        await(() -> historyRows(validId) == 1);
        List<DeadLetter> dead = await(this::myDeadLetters, letters -> letters.size() == 1);

        DeadLetter letter = dead.get(0);
        assertThat(letter.topic()).isEqualTo("lg.directory.tenants");
        assertThat(letter.partition()).isEqualTo(poison.partition());
        assertThat(letter.offset()).isEqualTo(poison.offset());
        assertThat(letter.consumer()).isEqualTo("tenant-history");
        assertThat(letter.error()).contains("SerializationException").contains("C3 01 marker");
        assertThat(letter.payloadBytes()).isEqualTo(poisonBytes().length);
        assertThat(letter.eventId()).isNull();
        assertThat(metrics.meter("consumer.tenant-history.dead-lettered").getCount()).isEqualTo(deadLetteredBefore + 1);
    }

    @Test
    void aRedeliveredEventIsNotAppliedTwice() {
        long skippedBefore = metrics.meter("consumer.tenant-history.skipped-duplicates").getCount();
        UUID eventId = UUID.randomUUID();
        byte[] event = EventSerde.codec().encode(tenantUpdated(eventId));
        send(event);
        send(event);
        UUID later = UUID.randomUUID();
        send(EventSerde.codec().encode(tenantUpdated(later)));

        await(() -> historyRows(later) == 1);

        assertThat(historyRows(eventId)).isEqualTo(1);
        assertThat(metrics.meter("consumer.tenant-history.skipped-duplicates").getCount()).isGreaterThan(skippedBefore);
    }

    @Test
    void aReplayedPoisonRecordComesBackToTheDeadLetterTopic() {
        send(poisonBytes());
        DeadLetter first = await(this::myDeadLetters, letters -> letters.size() == 1).get(0);

        int replayed = deadLetters.replay(DirectoryTopics.TENANTS, Optional.of(first.dlqPartition()),
                Optional.of(first.dlqOffset()));

        assertThat(replayed).isEqualTo(1);
        List<DeadLetter> after = await(this::myDeadLetters, letters -> letters.size() == 2);
        assertThat(after.get(1).offset()).isGreaterThan(first.offset());
        assertThat(after.get(1).error()).contains("C3 01 marker");
    }

    private List<DeadLetter> myDeadLetters() {
        return deadLetters.list(DirectoryTopics.TENANTS).stream().filter(d -> tenantCode.equals(d.key())).toList();
    }

    private int historyRows(UUID eventId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from tenant_history where event_id = :id"
                + " and tenant_code = :code").bind("id", eventId).bind("code", tenantCode).mapTo(Integer.class).one());
    }

    private RecordMetadata send(byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(DirectoryTopics.TENANTS.name(), tenantCode, value)).get();
        } catch (Exception e) {
            throw new AssertionError("Kafka did not take the test record", e);
        }
    }

    private TenantUpdated tenantUpdated(UUID eventId) {
        return EventFixtures.tenantUpdated(eventId, tenantCode, "試験市", "Test City", "city", 1000L);
    }

    private static byte[] poisonBytes() {
        try (InputStream in = DeadLetterIT.class.getResourceAsStream("/dead-letters/not-an-event.txt")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void await(Supplier<Boolean> condition) {
        await(condition::get, Boolean::booleanValue);
    }

    private static <T> T await(Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(PATIENCE);
        T value = probe.get();
        while (!done.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("still not there after " + PATIENCE.toSeconds() + " s: " + value);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            value = probe.get();
        }
        return value;
    }
}
