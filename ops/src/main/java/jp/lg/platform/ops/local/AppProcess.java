package jp.lg.platform.ops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The platform application ({@code java -jar lg-platform.jar server app.yml}) as a child process
 * of the local stack, with its output in a log file. Close it to stop it.
 */
public final class AppProcess implements AutoCloseable {

    /**
     * Answered (with any HTTP status) once the application serves requests. The admin
     * {@code /healthcheck} would be better once the application has one.
     */
    public static final String READINESS_PATH = "/api/v1/openapi.json";
    public static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final Process process;

    private AppProcess(Process process) {
        this.process = process;
    }

    /** Starts the jar with {@code config} and waits until {@link #READINESS_PATH} answers on {@code appPort}. */
    public static AppProcess start(Path jar, Path config, int appPort, Path logFile, IntConsumer progress) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(), "server",
                config.toString()));
        builder.redirectErrorStream(true);
        AppProcess app;
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            builder.redirectOutput(logFile.toFile());
            app = new AppProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar + ": " + e.getMessage(), e);
        }
        URI readiness = URI.create("http://127.0.0.1:" + appPort + READINESS_PATH);
        try {
            new ReadinessWait("the application", app.process, logFile, 30)
                    .until(() -> HttpProbe.status(readiness) != HttpProbe.NO_RESPONSE, TIMEOUT, progress);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return app;
    }

    /** Stops the application (SIGTERM, then by force after 20 s). */
    @Override
    public void close() {
        ChildProcess.stop(process, 20);
    }
}
