package jp.lg.platform.ops.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Dropwizard configuration ({@code app.yml}) of the application when it runs on the local
 * stack: its ports, PostgreSQL as {@code lg_app} (migrations as {@code lg_owner}), Kafka, the
 * Keycloak issuer and audience, and the reference data to import on start.
 */
public final class AppConfig {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    private AppConfig() {}

    /** The configuration tree for these ports and endpoints. */
    public static ObjectNode tree(LocalStackOptions options, String postgresJdbcUrl, String kafkaBootstrap,
            String issuer) {
        ObjectNode root = YAML.createObjectNode();
        ObjectNode server = root.putObject("server").put("maxThreads", 64);
        server.putArray("applicationConnectors").addObject()
                .put("type", "http").put("bindHost", "127.0.0.1").put("port", options.appPort());
        server.putArray("adminConnectors").addObject()
                .put("type", "http").put("bindHost", "127.0.0.1").put("port", options.adminPort());
        root.putObject("database")
                .put("driverClass", "org.postgresql.Driver")
                .put("url", postgresJdbcUrl)
                .put("user", LocalPostgres.APP_ROLE)
                .put("password", LocalPostgres.APP_PASSWORD);
        root.putObject("migrations")
                .put("user", LocalPostgres.OWNER_ROLE)
                .put("password", LocalPostgres.OWNER_PASSWORD);
        root.putObject("kafka").put("bootstrapServers", kafkaBootstrap)
                .put("streamsStateDir", options.dataDir().resolve("streams").toString());
        root.putObject("auth").put("issuer", issuer).put("audience", RealmClients.API_AUDIENCE);
        root.putObject("referenceData")
                .put("directory", options.sharedDir().toString())
                .put("importOnStart", true);
        root.putObject("logging").put("level", "INFO");
        return root;
    }

    /** {@link #tree} as YAML text. */
    public static String yaml(ObjectNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code tree} to {@code file} as YAML. */
    public static void write(ObjectNode tree, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, yaml(tree));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
