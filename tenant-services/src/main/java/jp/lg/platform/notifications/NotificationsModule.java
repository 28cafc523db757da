package jp.lg.platform.notifications;

import io.dropwizard.core.setup.Environment;
import java.util.List;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.streams.StreamsHealthCheck;
import jp.lg.platform.core.streams.StreamsRuntime;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires notifications: the router stream (application id {@value #ROUTER_APPLICATION_ID}), preferences, and
 * the resources of {@link #RESOURCES}.
 */
public final class NotificationsModule {

    public static final String ROUTER_APPLICATION_ID = "lg-platform.notifications-router";

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(NotificationPreferencesResource.class);

    private NotificationsModule() {}

    /** {@code jdbi} serves requests, {@code background} the consumers and deliveries. */
    public static void register(Environment env, Jdbi jdbi, Jdbi background, KafkaConfig kafka,
            EventMetadataFactory events) {
        StreamsRuntime router = new StreamsRuntime(ROUTER_APPLICATION_ID, NotificationRouter.buildTopology(), kafka,
                env.metrics());
        env.lifecycle().manage(router);
        env.healthChecks().register("streams-notifications-router", new StreamsHealthCheck(router));
        TenantTransactions transactions = new TenantTransactions(jdbi);
        env.jersey().register(new NotificationPreferencesResource(new PreferencesService(transactions, events)));
    }
}
