package jp.lg.platform.ops.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    private static final LocalStackOptions DEFAULTS = LocalStackOptions.parse(List.of(), Map.of(), Path.of("/r"));

    @Test
    void acceptsFreePorts() {
        assertThat(PortCheck.problems(DEFAULTS, port -> true)).isEmpty();
    }

    @Test
    void namesTheBusyPortAndTheOptionThatMovesIt() {
        assertThat(PortCheck.problems(DEFAULTS, port -> port != 8180))
                .containsExactly("port 8180 is already in use; free it or choose another with --keycloak-port N");
    }

    @Test
    void theKafkaControllerPortIsMovedWithTheKafkaPort() {
        assertThat(PortCheck.problems(DEFAULTS, port -> port != 9093))
                .containsExactly("port 9093 is already in use; free it or choose another with --kafka-port N");
    }

    @Test
    void refusesTwoOptionsOnOnePort() {
        LocalStackOptions clash = LocalStackOptions.parse(List.of("--admin-port", "8080"), Map.of(), Path.of("/r"));
        assertThat(PortCheck.problems(clash, port -> true))
                .containsExactly("port 8080 is used by both --app-port and --admin-port; give one of them another port");
    }
}
