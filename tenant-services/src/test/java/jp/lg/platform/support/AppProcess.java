package jp.lg.platform.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.lg.platform.ops.local.LocalPostgres;
import jp.lg.platform.ops.local.Ports;

/**
 * The application as a separate process ({@code java -jar target/lg-platform.jar server
 * ops/config/production.yml}) on the shared {@link PlatformStack}, configured through environment
 * variables exactly as a deployment would be, so a test can kill it with SIGKILL.
 */
public final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/lg-platform.jar");
    private static final Path CONFIG = Path.of("../ops/config/production.yml");

    private final Process process;
    private final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the application with extra {@code -Ddw.} settings and waits until it answers. */
    public static AppProcess start(Map<String, String> settings) throws IOException {
        PlatformStack stack = PlatformStack.get();
        int port = Ports.anyFree();
        Path log = Files.createTempFile("lg-app-", ".log");
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        // the directory is imported at start, as by PlatformApp, so a class run on its own finds its towns
        command.add("-Ddw.referenceData.directory=" + PlatformStack.sharedData());
        command.add("-Ddw.referenceData.importOnStart=true");
        settings.forEach((key, value) -> command.add("-Ddw." + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString(), "server", CONFIG.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of(
                "LG_DB_URL", stack.postgres().jdbcUrl(LocalPostgres.DATABASE),
                "LG_DB_PASSWORD", LocalPostgres.APP_PASSWORD,
                "LG_DB_OWNER_PASSWORD", LocalPostgres.OWNER_PASSWORD,
                "LG_KAFKA_BOOTSTRAP", stack.kafka().bootstrapServers(),
                "LG_OIDC_ISSUER", stack.keycloak().issuer(),
                "LG_BIND_HOST", "127.0.0.1",
                "LG_KAFKA_REPLICATION_FACTOR", "1",
                "LG_STREAMS_STATE_DIR", Files.createTempDirectory("lg-streams-").toString(),
                "LG_APP_PORT", String.valueOf(port),
                "LG_ADMIN_PORT", String.valueOf(Ports.anyFree())));
        AppProcess app = new AppProcess(builder.start(), port, log);
        app.awaitReady(Duration.ofSeconds(60));
        return app;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no graceful stop. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited during start:\n" + tail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/openapi.json"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        throw new IllegalStateException("the application did not answer within " + timeout + ":\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
