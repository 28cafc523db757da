package jp.lg.platform.core.persistence;

import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the numbered SQL migrations of each module with Flyway, as the schema owner. Each module
 * keeps its own history table, so core and features evolve independently. Migrations that have
 * landed are never edited. The placeholder {@code ${appRole}} names the role the application
 * connects as, so migrations can grant it exactly what it needs.
 */
public final class DatabaseMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseMigrations.class);

    /** The migrations of platform-core: tenant isolation and the machinery every feature uses. */
    public static final Module CORE = new Module("core", "classpath:db/migration/core");

    private final String url;
    private final String owner;
    private final String ownerPassword;
    private final String appRole;

    public DatabaseMigrations(String url, String owner, String ownerPassword, String appRole) {
        this.url = url;
        this.owner = owner;
        this.ownerPassword = ownerPassword;
        this.appRole = appRole;
    }

    /** Applies the pending migrations of the modules, in the order given. */
    public void migrate(Module... modules) {
        for (Module module : modules) {
            MigrateResult result = Flyway.configure()
                    .dataSource(url, owner, ownerPassword)
                    .locations(module.location())
                    .table("flyway_history_" + module.name())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .placeholders(Map.of("appRole", appRole))
                    .load()
                    .migrate();
            if (result.migrationsExecuted == 0) {
                LOG.info("Database module {}: up to date", module.name());
            } else {
                LOG.info("Database module {}: {} migration(s) applied, now at version {}",
                        module.name(), result.migrationsExecuted, result.targetSchemaVersion);
            }
        }
    }

    /** A module's migrations: a short name (for its history table) and a Flyway location. */
    public record Module(String name, String location) {}
}
