package jp.lg.platform.core.support;

import com.codahale.metrics.MetricRegistry;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import jp.lg.platform.core.persistence.DatabaseMigrations;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded PostgreSQL per test JVM with the core migrations applied, reached through real
 * connection pools as the application reaches its database. Stopped when the JVM exits.
 */
public final class TestDatabase {

    private static EmbeddedPostgres server;

    private TestDatabase() {}

    /** A Jdbi over a new pool of exactly {@code connections} connections; stop the pool when done. */
    public static Pooled pool(int connections) {
        DataSourceFactory factory = new DataSourceFactory();
        factory.setDriverClass("org.postgresql.Driver");
        factory.setUrl(jdbcUrl());
        factory.setUser("postgres");
        factory.setInitialSize(connections);
        factory.setMinSize(connections);
        factory.setMaxSize(connections);
        ManagedDataSource dataSource = factory.build(new MetricRegistry(), "test");
        try {
            dataSource.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test pool", e);
        }
        return new Pooled(Jdbi.create(dataSource), dataSource);
    }

    private static synchronized String jdbcUrl() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // the JVM is going away anyway
                }
            }));
            new DatabaseMigrations(server.getJdbcUrl("postgres", "postgres"), "postgres", "", "postgres")
                    .migrate(DatabaseMigrations.CORE);
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /**
     * A pool of {@code connections} opened before a test class and closed after it:
     * {@code @RegisterExtension static final TestDatabase.PoolPerClass DB = TestDatabase.poolPerClass(2);}
     */
    public static PoolPerClass poolPerClass(int connections) {
        return new PoolPerClass(connections);
    }

    /** See {@link #poolPerClass}. */
    public static final class PoolPerClass implements BeforeAllCallback, AfterAllCallback {
        private final int connections;
        private Pooled pooled;

        private PoolPerClass(int connections) {
            this.connections = connections;
        }

        public Jdbi jdbi() {
            return pooled.jdbi();
        }

        @Override
        public void beforeAll(ExtensionContext context) {
            pooled = pool(connections);
        }

        @Override
        public void afterAll(ExtensionContext context) throws Exception {
            pooled.close();
        }
    }

    /** A pooled Jdbi and its pool. */
    public record Pooled(Jdbi jdbi, ManagedDataSource dataSource) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            dataSource.stop();
        }
    }
}
