package jp.lg.platform.core.health;

import com.codahale.metrics.health.HealthCheck;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Node;

/** Healthy when the Kafka cluster answers a metadata request and has at least one broker. */
public final class KafkaHealthCheck extends HealthCheck {

    private final Admin admin;

    public KafkaHealthCheck(Admin admin) {
        this.admin = admin;
    }

    @Override
    protected Result check() throws Exception {
        Collection<Node> nodes = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return nodes.isEmpty()
                ? Result.unhealthy("Kafka answered but reports no broker")
                : Result.healthy("%d broker(s)", nodes.size());
    }
}
