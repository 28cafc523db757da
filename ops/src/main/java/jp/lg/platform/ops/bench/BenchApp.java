package jp.lg.platform.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.lg.platform.core.bench.BenchOut;
import jp.lg.platform.ops.local.LocalPostgres;
import jp.lg.platform.ops.local.Ports;

/**
 * The application under test: {@code java -jar lg-platform.jar server ops/config/production.yml}
 * as a child process, configured through environment variables as a deployment would be, with the
 * reference data imported on start. Output goes to {@code app.log} in the run directory.
 */
final class BenchApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final int port;

    private BenchApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BenchApp start(Path repoRoot, Path sharedDir, Path runDir, BenchStack stack, BenchOut out)
            throws IOException, InterruptedException {
        return start(repoRoot, sharedDir, runDir, stack, stack.keycloak().issuer(), out);
    }

    /** The application trusting tokens of {@code issuer}, with the reference data of {@code dataDir}. */
    static BenchApp start(Path repoRoot, Path dataDir, Path runDir, BenchStack stack, String issuer, BenchOut out)
            throws IOException, InterruptedException {
        int port = Ports.anyFree();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // e.g. LG_BENCH_APP_OPTS='-XX:StartFlightRecording=filename=app.jfr' to profile the application under test
        String extra = System.getenv().getOrDefault("LG_BENCH_APP_OPTS", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-Ddw.referenceData.importOnStart=true",
                "-Ddw.referenceData.directory=" + dataDir.toAbsolutePath(),
                "-jar", repoRoot.resolve("tenant-services/target/lg-platform.jar").toString(),
                "server", repoRoot.resolve("ops/config/production.yml").toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(runDir.resolve("app.log").toFile());
        builder.environment().putAll(Map.of(
                "LG_DB_URL", stack.postgres().jdbcUrl(LocalPostgres.DATABASE),
                "LG_DB_PASSWORD", LocalPostgres.APP_PASSWORD,
                "LG_DB_OWNER_PASSWORD", LocalPostgres.OWNER_PASSWORD,
                "LG_KAFKA_BOOTSTRAP", stack.kafka().bootstrapServers(),
                "LG_KAFKA_REPLICATION_FACTOR", "1",
                "LG_STREAMS_STATE_DIR", Files.createDirectories(runDir.resolve("streams")).toString(),
                "LG_OIDC_ISSUER", issuer,
                "LG_BIND_HOST", "127.0.0.1",
                "LG_APP_PORT", String.valueOf(port),
                "LG_ADMIN_PORT", String.valueOf(Ports.anyFree())));
        BenchApp app = new BenchApp(builder.start(), port);
        try {
            app.awaitReady(runDir.resolve("app.log"), out);
        } catch (RuntimeException | InterruptedException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** The application's process, for its CPU time. */
    ProcessHandle handle() {
        return process.toHandle();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady(Path log, BenchOut out) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/openapi.json"))
                .timeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        long nextProgress = start + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() - start < START_TIMEOUT.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited while starting; see " + log);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > nextProgress) {
                out.line("  waiting for the application… %d s", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
                nextProgress += TimeUnit.SECONDS.toNanos(5);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the application did not answer within " + START_TIMEOUT.toSeconds()
                + " s; see " + log);
    }

    /** SIGTERM to the application, then SIGKILL after 20 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
