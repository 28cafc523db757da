package jp.lg.platform.notifications;

import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.consumer.ConsumerHealthCheck;
import jp.lg.platform.core.events.consumer.EventConsumer;
import jp.lg.platform.core.events.consumer.RetryPolicy;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.streams.StreamsHealthCheck;
import jp.lg.platform.core.streams.StreamsProperties;
import jp.lg.platform.core.streams.StreamsRuntime;
import jp.lg.platform.events.notifications.NotificationRequested;
import org.apache.kafka.streams.StreamsConfig;
import org.glassfish.jersey.media.sse.SseFeature;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires notifications: the router stream (application id {@value #ROUTER_APPLICATION_ID}), the
 * inbox consumer ({@value #INBOX_CONSUMER}), the live streams, e-mail (when configured), webhooks and the resources of {@link #RESOURCES}.
 */
public final class NotificationsModule {

    public static final String ROUTER_APPLICATION_ID = "lg-platform.notifications-router";
    /** The inbox consumer's name: its Kafka group id and its key in {@code processed_events}. */
    public static final String INBOX_CONSUMER = "notification-inbox";

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(NotificationResource.class, NotificationPreferencesResource.class,
            NotificationStreamResource.class, WebhookResource.class, MessageDeliveriesResource.class);

    private NotificationsModule() {}

    /** {@code jdbi} serves requests, {@code background} the consumers and deliveries. */
    public static void register(Environment env, Jdbi jdbi, Jdbi background, KafkaConfig kafka,
            EventMetadataFactory events, NotificationsConfig config) {
        Optional<EmailConfig> email = config.email();
        Properties routerProps = StreamsProperties.of(ROUTER_APPLICATION_ID, kafka, config.routerCommitInterval());
        routerProps.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.toString(config.routerThreads()));
        StreamsRuntime router = new StreamsRuntime(NotificationRouter.buildTopology(), routerProps, env.metrics(),
                StreamsRuntime.DEFAULT_STORE_WAIT);
        env.lifecycle().manage(router);
        env.healthChecks().register("streams-notifications-router", new StreamsHealthCheck(router));
        EventConsumer<NotificationRequested> inbox = new EventConsumer<>(INBOX_CONSUMER, NotificationTopics.REQUESTED,
                new NotificationInbox(email.isPresent(), Clock.systemUTC()), background, kafka, RetryPolicy.defaults(),
                env.metrics(), config.inboxConsumers());
        env.lifecycle().manage(inbox);
        env.healthChecks().register("consumer." + INBOX_CONSUMER, new ConsumerHealthCheck(inbox));
        TenantTransactions transactions = new TenantTransactions(jdbi);
        env.jersey().register(new NotificationPreferencesResource(new PreferencesService(transactions, events)));
        env.jersey().register(new NotificationResource(new InboxService(transactions)));
        registerStreams(env, jdbi, background, transactions);
        email.ifPresent(smtp -> env.lifecycle().manage(new EmailSender(background, smtp)));
        env.lifecycle().manage(new WebhookDispatcher(background, config.webhooks(), new WebhookDisabledNotice(),
                Clock.systemUTC()));
        env.jersey().register(new WebhookResource(new WebhookService(transactions,
                new WebhookTargets(config.webhooks().allowPrivateAddresses()))));
        env.jersey().register(new MessageDeliveriesResource(new MessageDeliveriesService(transactions, Clock.systemUTC())));
    }

    private static void registerStreams(Environment env, Jdbi jdbi, Jdbi background, TenantTransactions transactions) {
        NotificationStreams streams = new NotificationStreams(jdbi, background, transactions, env.getObjectMapper(),
                NotificationStreams.HEARTBEAT);
        env.lifecycle().manage(streams);
        env.lifecycle().manage(new HeldNotifications(background, Duration.ofSeconds(1)));
        env.jersey().register(SseFeature.class);
        env.jersey().register(new NotificationStreamResource(streams));
    }
}
