package jp.lg.platform.admin;

import io.dropwizard.core.setup.Environment;
import java.util.List;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.core.events.consumer.DeadLetters;
import jp.lg.platform.core.kafka.KafkaConfig;

/** Wires the dead-letter admin API: the {@link DeadLetters} service (it owns a producer) and its resource. */
public final class DeadLetterModule {

    private DeadLetterModule() {}

    /** Registers the resource for {@code topics}, the platform's topic registry. */
    public static void register(Environment env, KafkaConfig kafka, List<Topic<?, ?>> topics) {
        DeadLetters deadLetters = new DeadLetters(kafka);
        env.lifecycle().manage(deadLetters);
        env.jersey().register(new DeadLetterResource(deadLetters, topics));
    }
}
