package jp.lg.platform;

import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.persistence.DatabaseMigrations;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.directory.ImportReport;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.DefinedAttributeTemplateEngine;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** Migrating the schema and connecting to it, shared by the server and the commands. */
public final class PlatformDatabase {

    /** The migrations of the feature modules in tenant-services. */
    public static final DatabaseMigrations.Module SERVICES =
            new DatabaseMigrations.Module("services", "classpath:db/migration/services");

    private PlatformDatabase() {}

    /** Applies pending migrations as the schema owner. */
    public static void migrate(LgPlatformConfiguration config) {
        new DatabaseMigrations(
                config.migrations().url(config.database().getUrl()),
                config.migrations().user(),
                config.migrations().password(),
                config.database().getUser())
                .migrate(DatabaseMigrations.CORE, SERVICES);
    }

    /** The application's Jdbi, connected as the application role, with pool metrics and a health check. */
    public static Jdbi connect(Environment environment, LgPlatformConfiguration config) {
        return configured(new JdbiFactory().build(environment, config.database(), "postgresql"));
    }

    /**
     * PostgreSQL types, and Jdbi's own template engine back: Dropwizard's, which writes the DAO method's name
     * into each statement as a comment, bypasses Jdbi's cache of parsed templates, so every statement was
     * lexed again (ANTLR) on every execution, a few percent of the CPU of each request.
     */
    private static Jdbi configured(Jdbi jdbi) {
        return jdbi.installPlugin(new PostgresPlugin()).setTemplateEngine(new DefinedAttributeTemplateEngine());
    }

    /**
     * A second, small pool on the same database for the outbox relay and the event consumers
     * ({@code backgroundPoolSize} connections), so that requests queueing for the main pool never
     * hold back the events they produce.
     */
    public static Jdbi connectBackground(Environment environment, LgPlatformConfiguration config) {
        DataSourceFactory main = config.database();
        DataSourceFactory background = new DataSourceFactory();
        background.setDriverClass(main.getDriverClass());
        background.setUrl(main.getUrl());
        background.setUser(main.getUser());
        background.setPassword(main.getPassword());
        Map<String, String> properties = new LinkedHashMap<>(main.getProperties());
        properties.put("ApplicationName", properties.getOrDefault("ApplicationName", "lg-platform") + " events");
        background.setProperties(properties);
        background.setInitialSize(1);
        background.setMinSize(1);
        background.setMaxSize(config.backgroundPoolSize());
        return configured(new JdbiFactory().build(environment, background, "postgresql-events"));
    }

    /** For commands: migrate, then import the reference data over a short-lived connection pool. */
    public static ImportReport migrateAndImport(LgPlatformConfiguration config, Bootstrap<?> bootstrap,
            ReferenceData data) {
        migrate(config);
        ManagedDataSource dataSource = config.database().build(bootstrap.getMetricRegistry(), "import");
        try {
            Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
            return new DirectoryService(jdbi, new EventMetadataFactory(Clock.systemUTC())).importReferenceData(data);
        } finally {
            try {
                dataSource.stop();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the import's connection pool", e);
            }
        }
    }
}
