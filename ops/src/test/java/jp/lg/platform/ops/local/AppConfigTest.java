package jp.lg.platform.ops.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void pointsTheApplicationAtTheLocalComponents() throws Exception {
        LocalStackOptions options = LocalStackOptions.parse(List.of(), Map.of(), Path.of("/work/repo"));
        String yaml = AppConfig.yaml(AppConfig.tree(options, "jdbc:postgresql://127.0.0.1:15432/lg",
                "127.0.0.1:9092", "http://127.0.0.1:8180/realms/lg"));
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        assertThat(config.at("/server/applicationConnectors/0/port").asInt()).isEqualTo(8080);
        assertThat(config.at("/server/adminConnectors/0/bindHost").asText()).isEqualTo("127.0.0.1");
        assertThat(config.at("/database/url").asText()).isEqualTo("jdbc:postgresql://127.0.0.1:15432/lg");
        assertThat(config.at("/database/user").asText()).isEqualTo("lg_app");
        assertThat(config.at("/migrations/user").asText()).isEqualTo("lg_owner");
        assertThat(config.at("/kafka/bootstrapServers").asText()).isEqualTo("127.0.0.1:9092");
        assertThat(config.at("/auth/issuer").asText()).isEqualTo("http://127.0.0.1:8180/realms/lg");
        assertThat(config.at("/auth/audience").asText()).isEqualTo("lg-api");
        assertThat(config.at("/referenceData/directory").asText()).isEqualTo("/work/shared/data");
        assertThat(config.at("/referenceData/importOnStart").asBoolean()).isTrue();
        assertThat(config.at("/logging/level").asText()).isEqualTo("INFO");
    }
}
