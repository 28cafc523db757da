package jp.lg.platform.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.ops.local.LocalKafka;
import jp.lg.platform.ops.local.LocalKeycloak;
import jp.lg.platform.ops.local.LocalPostgres;
import jp.lg.platform.ops.local.RealmGenerator;

/**
 * The throw-away infrastructure of a benchmark run, all on 127.0.0.1: PostgreSQL, a Kafka broker
 * in this JVM and Keycloak (started first, in parallel, as it is the slowest). {@link #close}
 * stops whatever was started, last first, exactly once; safe to call from a shutdown hook.
 */
final class BenchStack implements AutoCloseable {

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private LocalKeycloak keycloak;

    /** PostgreSQL and Kafka only, for scenarios that bring their own token issuer. */
    static BenchStack startWithoutKeycloak(BenchOut out) {
        BenchStack stack = new BenchStack();
        try {
            stack.startPostgresAndKafka(out);
            return stack;
        } catch (RuntimeException | Error e) {
            stack.close();
            throw e;
        }
    }

    /** Starts everything; on failure stops what had started and rethrows. */
    static BenchStack start(Path repoRoot, Path sharedDir, Path runDir, BenchOut out) throws Exception {
        BenchStack stack = new BenchStack();
        try {
            stack.startAll(repoRoot, sharedDir, runDir, out);
            return stack;
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
    }

    private void startPostgresAndKafka(BenchOut out) {
        postgres = add(LocalPostgres.startEphemeral());
        out.line("PostgreSQL ready: %s", postgres.jdbcUrl(LocalPostgres.DATABASE));
        kafka = add(LocalKafka.startEphemeral());
        out.line("Kafka ready: %s (in this JVM)", kafka.bootstrapServers());
    }

    private void startAll(Path repoRoot, Path sharedDir, Path runDir, BenchOut out) throws Exception {
        Path realm = runDir.resolve("realm-lg.json");
        new RealmGenerator().write(sharedDir, realm, RealmGenerator.DEFAULT_APP_PORT);
        Path distribution = keycloakDistribution(repoRoot);
        long start = System.nanoTime();
        CompletableFuture<LocalKeycloak> keycloakStart = CompletableFuture.supplyAsync(() ->
                LocalKeycloak.startEphemeral(distribution, realm, runDir.resolve("keycloak.log")));
        try {
            startPostgresAndKafka(out);
            keycloak = add(keycloakStart.get(LocalKeycloak.DEFAULT_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
            throw new IllegalStateException("Keycloak did not start: " + e.getCause().getMessage(), e.getCause());
        } catch (Exception | Error e) {
            // a Keycloak that is still starting must not outlive this run
            keycloakStart.thenAccept(LocalKeycloak::close);
            throw e;
        }
        out.line("Keycloak ready: %s (%.0f s after start)", keycloak.baseUrl(), (System.nanoTime() - start) / 1e9);
    }

    private static Path keycloakDistribution(Path repoRoot) throws IOException {
        Path parent = repoRoot.resolve("ops/target/keycloak");
        try (Stream<Path> dirs = Files.list(parent)) {
            return dirs.filter(dir -> dir.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no keycloak-* directory in " + parent));
        }
    }

    /** Stops {@code component} with the stack, before everything started earlier. */
    <T extends AutoCloseable> T track(T component) {
        return add(component);
    }

    private synchronized <T extends AutoCloseable> T add(T component) {
        started.push(component);
        return component;
    }

    LocalPostgres postgres() {
        return postgres;
    }

    LocalKafka kafka() {
        return kafka;
    }

    LocalKeycloak keycloak() {
        return keycloak;
    }

    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("could not stop a component cleanly: " + e.getMessage());
            }
        }
    }
}
