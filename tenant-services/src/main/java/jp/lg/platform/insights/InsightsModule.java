package jp.lg.platform.insights;

import io.dropwizard.core.setup.Environment;
import java.util.List;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.streams.StreamsHealthCheck;
import jp.lg.platform.core.streams.StreamsRuntime;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires insights: the metrics topology (application id {@value #APPLICATION_ID}) writing
 * {@code metric_values} through the background pool, datasets, and the analyst API of {@link #RESOURCES}.
 */
public final class InsightsModule {

    public static final String APPLICATION_ID = "lg-platform.insights";

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(MetricsResource.class, DatasetsResource.class);

    private InsightsModule() {}

    /** {@code jdbi} serves requests, {@code background} the topology's sink. */
    public static void register(Environment env, Jdbi jdbi, Jdbi background, KafkaConfig kafka,
            DirectoryService directory) {
        StreamsRuntime runtime = new StreamsRuntime(APPLICATION_ID,
                InsightsTopology.buildTopology(new JdbcMetricSink(background)), kafka, env.metrics());
        env.lifecycle().manage(runtime);
        env.healthChecks().register("streams-insights", new StreamsHealthCheck(runtime));
        OpenComparison openComparison = new OpenComparison(jdbi, new TenantTransactions(jdbi));
        DatasetService datasets = new DatasetService(jdbi, directory);
        env.jersey().register(new MetricsResource(
                new MetricsService(directory, new MetricFigures(jdbi), new Pseudonyms(jdbi), openComparison, datasets),
                openComparison));
        env.jersey().register(new DatasetsResource(datasets));
    }
}
