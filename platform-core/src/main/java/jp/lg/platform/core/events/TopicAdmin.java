package jp.lg.platform.core.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the platform's topics (and their dead-letter topics) when they are missing, and refuses
 * to start when an existing topic has another partition count than the registry says: a wrong
 * count would silently break per-key ordering.
 */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);

    private final Admin admin;
    private final short replicationFactor;

    public TopicAdmin(Admin admin, short replicationFactor) {
        this.admin = admin;
        this.replicationFactor = replicationFactor;
    }

    /** Ensures every topic and its dead-letter topic exist as declared. */
    public void ensure(Collection<Topic<?, ?>> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : topics) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), replicationFactor).configs(topic.config()));
                }
                if (!existing.contains(topic.deadLetterName())) {
                    missing.add(new NewTopic(topic.deadLetterName(), topic.partitions(), replicationFactor)
                            .configs(topic.deadLetterConfig()));
                }
            }
            create(missing);
            check(topics);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot check the Kafka topics: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking Kafka topics", e);
        }
    }

    private void create(List<NewTopic> missing) throws InterruptedException, TimeoutException, ExecutionException {
        if (missing.isEmpty()) {
            return;
        }
        try {
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        LOG.info("Created Kafka topics {}", missing.stream().map(NewTopic::name).toList());
    }

    private void check(Collection<Topic<?, ?>> topics) throws InterruptedException, TimeoutException, ExecutionException {
        Map<String, TopicDescription> described = admin.describeTopics(topics.stream().map(Topic::name).toList())
                .allTopicNames().get(30, TimeUnit.SECONDS);
        List<String> wrong = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            int actual = described.get(topic.name()).partitions().size();
            if (actual != topic.partitions()) {
                wrong.add(topic.name() + " has " + actual + " partitions, the registry says " + topic.partitions());
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("Kafka topics do not match the topic registry: " + String.join("; ", wrong)
                    + ". Fix the topic (or the registry) before starting; records of one key would lose their order.");
        }
    }
}
