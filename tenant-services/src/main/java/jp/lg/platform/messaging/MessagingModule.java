package jp.lg.platform.messaging;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.lifecycle.Managed;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.consumer.ConsumerHealthCheck;
import jp.lg.platform.core.events.consumer.EventConsumer;
import jp.lg.platform.core.events.consumer.RetryPolicy;
import jp.lg.platform.core.jobs.PeriodicJob;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.directory.DirectoryTopics;
import jp.lg.platform.directory.PeopleDirectory;
import jp.lg.platform.events.directory.CollaborationChanged;
import org.jdbi.v3.core.Jdbi;

/**
 * Wires messaging: channels provisioned from the directory (at start and on every collaboration
 * change), the channel, message, response and attachment resources, and the reminder job.
 */
public final class MessagingModule {

    /** The resource classes, for the OpenAPI document. */
    public static final List<Class<?>> RESOURCES = List.of(ChannelResource.class, MessageResource.class,
            MessageResponseResource.class, AttachmentResource.class);

    /** The consumer of collaboration changes: its Kafka group id and its key in {@code processed_events}. */
    public static final String CONSUMER = "messaging-channels";

    static final Duration REMINDER_PERIOD = Duration.ofSeconds(2);

    private MessagingModule() {}

    /** {@code background} is the pool of the consumer and the reminder job. */
    public static void register(Environment env, Jdbi jdbi, Jdbi background, DirectoryService directory,
            PeopleDirectory peopleDirectory, EventMetadataFactory metadata, KafkaConfig kafka) {
        TenantTransactions transactions = new TenantTransactions(jdbi);
        People people = (handle, username) -> peopleDirectory.byUsername(handle, username)
                .map(p -> new Participant(p.userId(), p.tenant().value(), p.username(), p.displayName()));
        MessageEvents messageEvents = new MessageEvents(metadata);
        registerProvisioning(env, jdbi, background, directory, new ChannelEvents(metadata), kafka);
        MentionResolver mentions = new MentionResolver(directory, people);
        Clock clock = Clock.systemUTC();
        env.jersey().register(new ChannelResource(
                new ChannelService(transactions, directory, people, new ChannelEvents(metadata)),
                new MessageService(transactions, mentions, messageEvents, clock),
                new MessageReads(transactions)));
        env.jersey().register(new MessageResource(new MessageReads(transactions),
                new MessageEdits(transactions, mentions, messageEvents, clock)));
        env.jersey().register(new MessageResponseResource(
                new Acknowledgements(transactions, directory, messageEvents, clock),
                new InquiryAnswers(transactions, directory, messageEvents, clock),
                new Rsvps(transactions, messageEvents, clock)));
        env.jersey().register(new AttachmentResource(new AttachmentService(transactions, AttachmentRules.MAX_BYTES)));
        ReminderJob reminders = new ReminderJob(background, messageEvents, clock);
        env.lifecycle().manage(new PeriodicJob("message-reminders", REMINDER_PERIOD, reminders::runOnce,
                "{} towns reminded of announcements and inquiries"));
    }

    private static void registerProvisioning(Environment env, Jdbi jdbi, Jdbi background, DirectoryService directory,
            ChannelEvents events, KafkaConfig kafka) {
        ChannelProvisioner provisioner = new ChannelProvisioner(directory, events);
        env.lifecycle().manage(new Managed() {
            @Override
            public void start() {
                directory.collaborations().forEach(c ->
                        jdbi.useTransaction(h -> provisioner.reconcile(h, c, CommandContext.system())));
            }
        });
        EventConsumer<CollaborationChanged> consumer = new EventConsumer<>(CONSUMER, DirectoryTopics.COLLABORATIONS,
                provisioner, background, kafka, RetryPolicy.defaults(), env.metrics());
        env.lifecycle().manage(consumer);
        env.healthChecks().register("consumer." + CONSUMER, new ConsumerHealthCheck(consumer));
    }
}
