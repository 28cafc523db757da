package jp.lg.platform.ops.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A real PostgreSQL 18 server from the zonky embedded binaries, set up for the platform: database
 * {@code lg} owned by {@link #OWNER_ROLE} and an application role {@link #APP_ROLE} that owns
 * nothing and cannot bypass row-level security. Started either on a kept data directory (local
 * stack; a restart keeps the data) or on a temporary one (tests). Close it to stop the server.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The database the platform uses. */
    public static final String DATABASE = "lg";
    /** Owns database {@code lg} and its tables; runs the migrations. */
    public static final String OWNER_ROLE = "lg_owner";
    public static final String OWNER_PASSWORD = "lg_owner";
    /** The role the application connects as: no superuser, no BYPASSRLS, owns nothing. */
    public static final String APP_ROLE = "lg_app";
    public static final String APP_PASSWORD = "lg_app";
    /** The server's superuser (local trust authentication, no password). */
    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts PostgreSQL on {@code dataDirectory}, initialising it only when it holds no cluster
     * yet, and makes sure the platform's roles and database exist.
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free port
     */
    public static LocalPostgres start(Path dataDirectory, int port) {
        return start(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // the caller stops it, after the application that uses it
                .setRegisterShutdownHook(false)
                .setPort(port));
    }

    /**
     * Starts a throw-away PostgreSQL on a temporary directory and a free port, with the platform's
     * roles and database; everything is deleted on {@link #close()}. Meant for integration tests.
     */
    public static LocalPostgres startEphemeral() {
        return start(EmbeddedPostgres.builder());
    }

    private static LocalPostgres start(EmbeddedPostgres.Builder builder) {
        EmbeddedPostgres server;
        try {
            server = builder.setPGStartupWait(Duration.ofSeconds(60)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start: " + e.getMessage(), e);
        }
        LocalPostgres postgres = new LocalPostgres(server);
        try {
            postgres.setUpDatabase();
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    private void setUpDatabase() {
        try (Connection postgresDb = server.getPostgresDatabase().getConnection()) {
            DatabaseSetup.createRolesAndDatabase(postgresDb);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create roles and database " + DATABASE + ": " + e.getMessage(), e);
        }
        try (Connection lgDb = server.getDatabase(SUPERUSER, DATABASE).getConnection()) {
            DatabaseSetup.grantSchemaUsage(lgDb);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant schema usage in " + DATABASE + ": " + e.getMessage(), e);
        }
    }

    /** The TCP port the server listens on (on 127.0.0.1). */
    public int port() {
        return server.getPort();
    }

    /** A JDBC URL for {@code database} on this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Stops the server; a temporary data directory is deleted. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
