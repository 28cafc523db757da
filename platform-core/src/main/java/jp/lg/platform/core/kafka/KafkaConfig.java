package jp.lg.platform.core.kafka;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Min;
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

    /** Replication factor of the topics the platform creates; 3 on a real cluster. */
    @Min(1)
    @JsonProperty
    private short replicationFactor = 1;

    /** Where Kafka Streams keeps its local state (RocksDB stores and checkpoints). */
    @NotBlank
    @JsonProperty
    private String streamsStateDir = System.getProperty("java.io.tmpdir") + "/lg-platform-streams";

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public short replicationFactor() {
        return replicationFactor;
    }

    public String streamsStateDir() {
        return streamsStateDir;
    }

    /** Client properties for this cluster, with the bootstrap servers set. */
    public Properties clientProperties() {
        Properties props = new Properties();
        props.putAll(properties);
        props.put("bootstrap.servers", bootstrapServers);
        return props;
    }
}
