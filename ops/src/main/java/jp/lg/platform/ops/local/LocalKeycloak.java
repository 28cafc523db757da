package jp.lg.platform.ops.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Keycloak from its Maven distribution, run as a child process ({@code kc.sh start-dev}) on
 * 127.0.0.1 with realm {@code lg} imported on first start. Its data (an H2 file database) lives in
 * an instance directory of its own (see {@link KeycloakInstance}): kept between runs for the local
 * stack, temporary for tests. Output goes to a log file. Close it to stop the process tree.
 */
public final class LocalKeycloak implements AutoCloseable {

    /** How long a start may take before it fails; a first start also builds Keycloak (~30 s). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(180);
    /** The bootstrap admin of the master realm (admin console); local mode only. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private static final int LOG_LINES_ON_FAILURE = 30;

    private final Process process;
    private final int port;
    private final Path instanceDir;
    private final boolean deleteOnClose;

    private LocalKeycloak(Process process, int port, Path instanceDir, boolean deleteOnClose) {
        this.process = process;
        this.port = port;
        this.instanceDir = instanceDir;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts Keycloak with its data kept in {@code instanceDir} and waits until realm {@code lg}
     * answers. The realm file is imported only when the realm does not exist yet.
     *
     * @param distribution the unpacked distribution, e.g. {@code ops/target/keycloak/keycloak-26.7.3}
     * @param progress called about every 2 s with the seconds waited so far
     * @throws IllegalStateException if the process exits or is not ready within {@code timeout};
     *     the message holds the end of the log
     */
    public static LocalKeycloak start(Path distribution, Path instanceDir, Path realmJson, int port,
            Path logFile, Duration timeout, IntConsumer progress) {
        return launch(distribution, instanceDir, realmJson, port, logFile, timeout, progress, false);
    }

    /**
     * Starts a throw-away Keycloak on a free port with realm {@code realmJson}; its data is deleted
     * on {@link #close()}. Meant for integration tests; several may run at once.
     */
    public static LocalKeycloak startEphemeral(Path distribution, Path realmJson, Path logFile) {
        try {
            Path instanceDir = Files.createTempDirectory("lg-keycloak-");
            return launch(distribution, instanceDir, realmJson, Ports.anyFree(), logFile, DEFAULT_TIMEOUT,
                    seconds -> { }, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary Keycloak directory", e);
        }
    }

    private static LocalKeycloak launch(Path distribution, Path instanceDir, Path realmJson, int port,
            Path logFile, Duration timeout, IntConsumer progress, boolean deleteOnClose) {
        Path kcSh = KeycloakInstance.prepare(distribution, instanceDir, realmJson);
        LocalKeycloak keycloak = new LocalKeycloak(spawn(kcSh, port, logFile), port, instanceDir, deleteOnClose);
        try {
            new ReadinessWait("Keycloak", keycloak.process, logFile, LOG_LINES_ON_FAILURE)
                    .until(() -> HttpProbe.status(keycloak.readinessUri()) == 200, timeout, progress);
        } catch (RuntimeException e) {
            keycloak.close();
            throw e;
        }
        return keycloak;
    }

    private static Process spawn(Path kcSh, int port, Path logFile) {
        ProcessBuilder builder = new ProcessBuilder(List.of(kcSh.toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm"));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        builder.redirectErrorStream(true);
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            builder.redirectOutput(logFile.toFile());
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + kcSh + ": " + e.getMessage(), e);
        }
    }

    private URI readinessUri() {
        return URI.create(issuer() + "/.well-known/openid-configuration");
    }

    /** The HTTP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8180} (admin console under {@code /admin}). */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The issuer of realm {@code lg}'s tokens: {@code http://127.0.0.1:PORT/realms/lg}. */
    public String issuer() {
        return baseUrl() + "/realms/" + RealmGenerator.REALM;
    }

    /** The OpenID Connect token endpoint of realm {@code lg}. */
    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** Stops Keycloak and the processes it started; an ephemeral instance also deletes its data. */
    @Override
    public void close() {
        ChildProcess.stop(process, 20);
        if (deleteOnClose) {
            Directories.deleteRecursively(instanceDir);
        }
    }
}
