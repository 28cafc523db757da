package jp.lg.platform.ops.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    private static final Path ROOT = Path.of("/work/repo");

    @Test
    void defaultsToTheDocumentedPortsAndSharedDataBesideTheRepository() {
        LocalStackOptions options = LocalStackOptions.parse(List.of(), Map.of(), ROOT);
        assertThat(options.appPort()).isEqualTo(8080);
        assertThat(options.adminPort()).isEqualTo(8081);
        assertThat(options.keycloakPort()).isEqualTo(8180);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.kafkaControllerPort()).isEqualTo(9093);
        assertThat(options.postgresPort()).isEqualTo(15432);
        assertThat(options.sharedDir()).isEqualTo(Path.of("/work/shared/data"));
        assertThat(options.dataDir()).isEqualTo(Path.of("/work/repo/ops/local/data"));
        assertThat(options.fresh()).isFalse();
    }

    @Test
    void commandLineWinsOverEnvironment() {
        LocalStackOptions options = LocalStackOptions.parse(
                List.of("--app-port", "9080", "--kafka-port=19092", "--fresh"),
                Map.of("LG_APP_PORT", "7080", "LG_POSTGRES_PORT", "25432"), ROOT);
        assertThat(options.appPort()).isEqualTo(9080);
        assertThat(options.kafkaPort()).isEqualTo(19092);
        assertThat(options.postgresPort()).isEqualTo(25432);
        assertThat(options.fresh()).isTrue();
    }

    @Test
    void sharedDirIsResolvedAgainstTheRepositoryRoot() {
        LocalStackOptions options = LocalStackOptions.parse(List.of("--shared-dir", "data"), Map.of(), ROOT);
        assertThat(options.sharedDir()).isEqualTo(Path.of("/work/repo/data"));
    }

    @Test
    void rejectsAPortThatIsNotANumberNamingTheSource() {
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of(), Map.of("LG_KEYCLOAK_PORT", "http"), ROOT))
                .hasMessageContaining("LG_KEYCLOAK_PORT").hasMessageContaining("'http'");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--app-port", "70000"), Map.of(), ROOT))
                .hasMessageContaining("--app-port");
    }

    @Test
    void rejectsUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--app"), Map.of(), ROOT))
                .hasMessageContaining("unknown option --app").hasMessageContaining("usage:");
        assertThatThrownBy(() -> LocalStackOptions.parse(List.of("--admin-port"), Map.of(), ROOT))
                .hasMessageContaining("--admin-port needs a value");
    }
}
