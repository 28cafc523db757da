package jp.lg.platform;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.admin.DeadLetterModule;
import jp.lg.platform.admin.DeadLetterResource;
import jp.lg.platform.api.OpenApiDocument;
import jp.lg.platform.api.OpenApiResource;
import jp.lg.platform.core.auth.BearerAuth;
import jp.lg.platform.core.auth.TokenVerifier;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.OutboxHealthCheck;
import jp.lg.platform.core.events.OutboxRelay;
import jp.lg.platform.core.events.TopicAdmin;
import jp.lg.platform.core.health.JwksHealthCheck;
import jp.lg.platform.core.health.KafkaHealthCheck;
import jp.lg.platform.core.kafka.KafkaAdmin;
import jp.lg.platform.core.kafka.KafkaClients;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.core.web.IdempotencyKeys;
import jp.lg.platform.core.web.ProblemJson;
import jp.lg.platform.core.web.RequestLogs;
import jp.lg.platform.directory.CollaborationMembersResource;
import jp.lg.platform.directory.CollaborationResource;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.directory.DirectoryStreamsModule;
import jp.lg.platform.directory.ImportReferenceDataCommand;
import jp.lg.platform.directory.PeopleDirectory;
import jp.lg.platform.directory.PeopleResource;
import jp.lg.platform.directory.RegisteredTenants;
import jp.lg.platform.directory.TenantHistoryModule;
import jp.lg.platform.directory.TenantHistoryResource;
import jp.lg.platform.directory.TenantResource;
import jp.lg.platform.experts.ExpertsModule;
import jp.lg.platform.insights.InsightsModule;
import jp.lg.platform.me.MeResource;
import jp.lg.platform.messaging.MessagingModule;
import jp.lg.platform.notifications.NotificationsModule;
import jp.lg.platform.procedures.ProceduresModule;
import jp.lg.platform.surveys.SurveysModule;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * lg-platform: shared services for a prefecture and its municipalities. {@link #run} wires the
 * whole system by hand, one feature per method, top to bottom.
 */
public class LgPlatformApplication extends Application<LgPlatformConfiguration> {

    private static final Logger LOG = LoggerFactory.getLogger(LgPlatformApplication.class);
    static final String API_VERSION = "1.0.0";

    public static void main(String[] args) throws Exception {
        new LgPlatformApplication().run(args);
    }

    @Override
    public String getName() {
        return "lg-platform";
    }

    @Override
    public void initialize(Bootstrap<LgPlatformConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(), new EnvironmentVariableSubstitutor(true)));
        bootstrap.getObjectMapper()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        bootstrap.addCommand(new ImportReferenceDataCommand());
    }

    @Override
    public void run(LgPlatformConfiguration config, Environment env) {
        ProblemJson.register(config.getServerFactory(), env, config.maxRequestBody().toBytes());
        RequestLogs.withoutQueryStrings(config.getServerFactory());
        Jdbi jdbi = registerDatabase(config, env);
        Jdbi background = PlatformDatabase.connectBackground(env, config);
        registerKafka(config, env);
        registerOutbox(config, env, background);
        EventMetadataFactory events = new EventMetadataFactory(Clock.systemUTC());
        PeopleDirectory people = new PeopleDirectory(new TenantTransactions(jdbi), events);
        DirectoryService directory = registerDirectory(config, env, jdbi, events);
        registerAuth(config, env, new RegisteredTenants(directory), people);
        DirectoryStreamsModule.register(env, config.kafka());
        TenantHistoryModule.register(env, jdbi, background, config.kafka());
        DeadLetterModule.register(env, config.kafka(), PlatformTopics.ALL);
        ExpertsModule.register(env, jdbi, directory, events, config.referenceData().directory(), config.experts().travel());
        NotificationsModule.register(env, jdbi, background, config.kafka(), events, config.notifications());
        MessagingModule.register(env, jdbi, background, directory, people, events, config.kafka());
        ProceduresModule.register(env, jdbi, directory, events);
        SurveysModule.register(env, jdbi, directory, events);
        InsightsModule.register(env, jdbi, background, config.kafka(), directory);
        env.jersey().register(new PeopleResource(new TenantTransactions(jdbi), people));
        List<Class<?>> resources = new ArrayList<>(List.of(MeResource.class, TenantResource.class,
                TenantHistoryResource.class, CollaborationResource.class, CollaborationMembersResource.class,
                PeopleResource.class, DeadLetterResource.class));
        resources.addAll(ExpertsModule.RESOURCES);
        resources.addAll(NotificationsModule.RESOURCES);
        resources.addAll(InsightsModule.RESOURCES);
        resources.addAll(MessagingModule.RESOURCES);
        resources.addAll(ProceduresModule.RESOURCES);
        resources.addAll(SurveysModule.RESOURCES);
        env.jersey().register(new MeResource(directory));
        env.jersey().register(new OpenApiResource(OpenApiDocument.render(resources, API_VERSION)));
    }

    private static Jdbi registerDatabase(LgPlatformConfiguration config, Environment env) {
        PlatformDatabase.migrate(config);
        Jdbi jdbi = PlatformDatabase.connect(env, config);
        IdempotencyKeys.register(env, jdbi);
        return jdbi;
    }

    private static void registerKafka(LgPlatformConfiguration config, Environment env) {
        KafkaAdmin kafka = new KafkaAdmin(config.kafka());
        env.lifecycle().manage(kafka);
        env.healthChecks().register("kafka", new KafkaHealthCheck(kafka.admin()));
        new TopicAdmin(kafka.admin(), config.kafka().replicationFactor()).ensure(PlatformTopics.ALL);
    }

    private static void registerOutbox(LgPlatformConfiguration config, Environment env, Jdbi jdbi) {
        env.lifecycle().manage(new OutboxRelay(jdbi,
                () -> KafkaClients.transactionalEventProducer(config.kafka(), config.outbox().transactionalId()),
                config.outbox(), env.metrics()));
        env.healthChecks().register("outbox", new OutboxHealthCheck(jdbi, config.outbox().stalledAfter().toJavaDuration()));
    }

    /**
     * Bearer tokens of callers whose tenant is registered; every caller is recorded in the people
     * directory the first time they are seen.
     */
    private static void registerAuth(LgPlatformConfiguration config, Environment env, RegisteredTenants tenants,
            PeopleDirectory people) {
        BearerAuth.register(env, new TokenVerifier(config.auth()), caller -> {
            tenants.check(caller);
            people.seen(caller);
        });
        env.healthChecks().register("jwks", new JwksHealthCheck(config.auth().jwksUri()));
    }

    private static DirectoryService registerDirectory(LgPlatformConfiguration config, Environment env, Jdbi jdbi,
            EventMetadataFactory events) {
        DirectoryService directory = new DirectoryService(jdbi, events);
        if (config.referenceData().importOnStart()) {
            config.referenceData().directory().ifPresent(dir ->
                    LOG.info("Reference data from {}: {}", dir, directory.importReferenceData(ReferenceData.load(dir)).summary()));
        }
        env.jersey().register(new TenantResource(directory));
        env.jersey().register(new CollaborationResource(directory));
        return directory;
    }
}
