package jp.lg.platform.insights;

import io.dropwizard.core.setup.Environment;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.streams.StreamsHealthCheck;
import jp.lg.platform.core.streams.StreamsProperties;
import jp.lg.platform.core.streams.StreamsRuntime;
import jp.lg.platform.directory.DirectoryService;
import org.apache.kafka.streams.StreamsConfig;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires insights: the metrics topology (application id {@value #APPLICATION_ID}) and the writer that takes
 * its cells into {@code metric_values} through the background pool, datasets, and the analyst API of
 * {@link #RESOURCES}.
 */
public final class InsightsModule {

    public static final String APPLICATION_ID = "lg-platform.insights";
    /** How often the topology commits: metric values are at most about this much behind the events. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(1);
    static final long CACHE_BYTES = 128L * 1024 * 1024;

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(MetricsResource.class, DatasetsResource.class);

    private InsightsModule() {}

    /**
     * The platform's Streams properties, tuned for a topology that aggregates much and whose readers are
     * analysts: commits every {@link #COMMIT_INTERVAL} (so a cell updated many times in that while goes
     * downstream and to PostgreSQL once) with a {@link #CACHE_BYTES} record cache.
     */
    static Properties streamsProperties(KafkaConfig kafka) {
        Properties props = StreamsProperties.of(APPLICATION_ID, kafka, COMMIT_INTERVAL);
        props.put(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, Long.toString(CACHE_BYTES));
        return props;
    }

    /** {@code jdbi} serves requests, {@code background} the cell writer. */
    public static void register(Environment env, Jdbi jdbi, Jdbi background, KafkaConfig kafka,
            DirectoryService directory) {
        StreamsRuntime runtime = new StreamsRuntime(InsightsTopology.buildTopology(), streamsProperties(kafka),
                env.metrics(), StreamsRuntime.DEFAULT_STORE_WAIT);
        env.lifecycle().manage(runtime);
        env.healthChecks().register("streams-insights", new StreamsHealthCheck(runtime));
        MetricCellWriter writer = new MetricCellWriter(background, kafka);
        env.lifecycle().manage(writer);
        env.healthChecks().register("insights-cell-writer", writer.health());
        OpenComparison openComparison = new OpenComparison(jdbi, new TenantTransactions(jdbi));
        DatasetService datasets = new DatasetService(jdbi, directory);
        env.jersey().register(new MetricsResource(
                new MetricsService(directory, new MetricFigures(jdbi), new Pseudonyms(jdbi), openComparison, datasets),
                openComparison));
        env.jersey().register(new DatasetsResource(datasets));
    }
}
