package jp.lg.platform.core.kafka;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** One shared Kafka admin client with the application's lifecycle. */
public final class KafkaAdmin implements Managed {

    private final Admin admin;

    public KafkaAdmin(KafkaConfig config) {
        Properties props = config.clientProperties();
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "lg-platform-admin");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        this.admin = Admin.create(props);
    }

    public Admin admin() {
        return admin;
    }

    @Override
    public void stop() {
        admin.close(Duration.ofSeconds(5));
    }
}
