package jp.lg.platform.core.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * How to reach the Kafka cluster: bootstrap servers plus any client properties a deployment needs
 * (security protocol, SASL settings), applied to every producer, consumer and admin client.
 */
public class KafkaConfig {

    @NotBlank
    @JsonProperty
    private String bootstrapServers;

    @JsonProperty
    private Map<String, String> properties = new HashMap<>();

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Client properties for this cluster, with the bootstrap servers set. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(properties);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
