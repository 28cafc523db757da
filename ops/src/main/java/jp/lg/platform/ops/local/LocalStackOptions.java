package jp.lg.platform.ops.local;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code ops/local/up} was asked for: ports, the shared data directory and whether to start
 * from empty data. Each option can also come from an environment variable; the command line wins.
 */
public record LocalStackOptions(
        Path repoRoot, boolean fresh, int appPort, int adminPort, int keycloakPort, int kafkaPort,
        int postgresPort, Path sharedDir) {

    /** One port option: its flag, environment variable and default. */
    public record PortOption(String flag, String envVar, int defaultPort) {}

    public static final PortOption APP = new PortOption("--app-port", "LG_APP_PORT", 8080);
    public static final PortOption ADMIN = new PortOption("--admin-port", "LG_ADMIN_PORT", 8081);
    public static final PortOption KEYCLOAK = new PortOption("--keycloak-port", "LG_KEYCLOAK_PORT", 8180);
    public static final PortOption KAFKA = new PortOption("--kafka-port", "LG_KAFKA_PORT", 9092);
    public static final PortOption POSTGRES = new PortOption("--postgres-port", "LG_POSTGRES_PORT", 15432);
    public static final List<PortOption> PORTS = List.of(APP, ADMIN, KEYCLOAK, KAFKA, POSTGRES);

    static final String SHARED_DIR_FLAG = "--shared-dir";
    static final String SHARED_DIR_ENV = "LG_SHARED_DIR";
    static final String REPO_ROOT_FLAG = "--repo-root";
    static final String FRESH_FLAG = "--fresh";

    /** Where the local stack keeps its data: {@code ops/local/data} under the repository root. */
    public Path dataDir() {
        return repoRoot.resolve("ops/local/data");
    }

    /** The KRaft controller port: the Kafka port plus one. */
    public int kafkaControllerPort() {
        return kafkaPort + 1;
    }

    /** Every port the stack will listen on, keyed by the option that sets it. */
    public Map<String, Integer> portsByOption() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put(APP.flag(), appPort);
        ports.put(ADMIN.flag(), adminPort);
        ports.put(KEYCLOAK.flag(), keycloakPort);
        ports.put(KAFKA.flag(), kafkaPort);
        ports.put(KAFKA.flag() + " (+1, KRaft controller)", kafkaControllerPort());
        ports.put(POSTGRES.flag(), postgresPort);
        return ports;
    }

    /**
     * Parses {@code args} ({@code --flag value} or {@code --flag=value}) over {@code env}.
     *
     * @param workingDir the default repository root
     * @throws IllegalArgumentException naming the bad option
     */
    public static LocalStackOptions parse(List<String> args, Map<String, String> env, Path workingDir) {
        return new OptionParser(args, env, workingDir).parse();
    }

    /** The usage text for {@code --help}. */
    public static String usage() {
        StringBuilder text = new StringBuilder("usage: ops/local/up [--rebuild] [--fresh]");
        PORTS.forEach(p -> text.append(" [").append(p.flag()).append(" N]"));
        text.append(" [").append(SHARED_DIR_FLAG).append(" DIR]\n");
        PORTS.forEach(p -> text.append(String.format("  %-16s %-17s default %d%n", p.flag(), p.envVar(), p.defaultPort())));
        text.append(String.format("  %-16s %-17s default ../shared/data (beside the repository)%n",
                SHARED_DIR_FLAG, SHARED_DIR_ENV));
        text.append(String.format("  %-34s wipe ops/local/data first%n", FRESH_FLAG));
        return text.toString();
    }
}
