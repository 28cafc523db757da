package jp.lg.platform;

import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import java.time.Clock;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.persistence.DatabaseMigrations;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.directory.ImportReport;
import org.jdbi.v3.core.Jdbi;
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
        Jdbi jdbi = new JdbiFactory().build(environment, config.database(), "postgresql");
        jdbi.installPlugin(new PostgresPlugin());
        return jdbi;
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
