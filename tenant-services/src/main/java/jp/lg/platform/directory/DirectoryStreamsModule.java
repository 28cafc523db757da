package jp.lg.platform.directory;

import io.dropwizard.core.setup.Environment;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.streams.StreamsHealthCheck;
import jp.lg.platform.core.streams.StreamsRuntime;

/**
 * Wires the directory stream: its {@link StreamsRuntime} (application id
 * {@value #APPLICATION_ID}) as a managed object, the health check {@value #HEALTH_CHECK} and the
 * members endpoint. Every instance runs it and holds the whole directory.
 */
public final class DirectoryStreamsModule {

    public static final String APPLICATION_ID = "lg-platform.directory";
    public static final String HEALTH_CHECK = "streams-directory";

    private DirectoryStreamsModule() {}

    /** Registers the directory stream with {@code env}; returns the view for other features to read. */
    public static DirectoryView register(Environment env, KafkaConfig kafka) {
        StreamsRuntime runtime = new StreamsRuntime(APPLICATION_ID, DirectoryTopology.buildTopology(), kafka, env.metrics());
        env.lifecycle().manage(runtime);
        env.healthChecks().register(HEALTH_CHECK, new StreamsHealthCheck(runtime));
        DirectoryView view = new DirectoryView(runtime);
        env.jersey().register(new CollaborationMembersResource(view));
        return view;
    }
}
