package jp.lg.platform.directory;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.core.setup.Environment;
import jp.lg.platform.core.events.consumer.ConsumerHealthCheck;
import jp.lg.platform.core.events.consumer.EventConsumer;
import jp.lg.platform.core.events.consumer.RetryPolicy;
import jp.lg.platform.core.kafka.KafkaConfig;
import org.apache.avro.specific.SpecificRecord;
import org.jdbi.v3.core.Jdbi;

/** Wires the tenant history: its consumer of {@code lg.directory.tenants}, health check and resource. */
public final class TenantHistoryModule {

    /** The consumer's name: its Kafka group id and its key in {@code processed_events}. */
    public static final String CONSUMER = "tenant-history";

    private TenantHistoryModule() {}

    /** The consumer that projects tenant events into {@code tenant_history}; not started. */
    public static EventConsumer<SpecificRecord> consumer(Jdbi jdbi, KafkaConfig kafka, MetricRegistry metrics) {
        return new EventConsumer<>(CONSUMER, DirectoryTopics.TENANTS, new TenantHistoryProjector(), jdbi, kafka,
                RetryPolicy.defaults(), metrics);
    }

    /** {@code background} is the consumer's pool, {@code jdbi} the one the resource reads through. */
    public static void register(Environment env, Jdbi jdbi, Jdbi background, KafkaConfig kafka) {
        EventConsumer<SpecificRecord> consumer = consumer(background, kafka, env.metrics());
        env.lifecycle().manage(consumer);
        env.healthChecks().register("consumer." + CONSUMER, new ConsumerHealthCheck(consumer));
        env.jersey().register(new TenantHistoryResource(jdbi));
    }
}
