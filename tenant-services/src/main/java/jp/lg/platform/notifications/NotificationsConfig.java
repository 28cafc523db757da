package jp.lg.platform.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code notifications} section: SMTP for e-mail (optional: without it no e-mail), webhook
 * retries, and how many threads route and write inboxes (and how often the router commits).
 */
public class NotificationsConfig {

    /**
     * The router runs exactly-once: what it routes reaches inboxes only when it commits, so this
     * bounds the wait a chat message adds before it appears (half of it on average). Each commit is
     * a Kafka transaction, whose requests cost the application and the broker CPU however little it
     * carries: on a busy machine fewer, larger transactions deliver sooner. 100 ms (the Streams
     * default under exactly-once) beat 20 ms in the chat benchmark (ops/bench/README.md).
     */
    @NotNull
    @MinDuration(value = 5, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration routerCommitInterval = Duration.milliseconds(100);

    /**
     * Stream threads of the router, up to one per partition of the messages topic (3); more would
     * stand idle. Each thread commits its own transactions, so three make three times as many; one
     * kept up with 200 chat messages a second in the chat benchmark.
     */
    @Min(1)
    @Max(3)
    @JsonProperty
    private int routerThreads = 1;

    /**
     * Members of the inbox consumer, each on its own thread. Each writes the notifications of its share
     * of the partitions of {@code lg.notifications.requested} (3), which are keyed by recipient, so they
     * never write for the same person; more than one per partition would stand idle.
     */
    @Min(1)
    @Max(3)
    @JsonProperty
    private int inboxConsumers = 3;

    @Valid
    @JsonProperty
    private EmailConfig email;

    @Valid
    @NotNull
    @JsonProperty
    private WebhooksConfig webhooks = new WebhooksConfig();

    public Optional<EmailConfig> email() {
        return Optional.ofNullable(email);
    }

    public java.time.Duration routerCommitInterval() {
        return java.time.Duration.ofMillis(routerCommitInterval.toMilliseconds());
    }

    public int routerThreads() {
        return routerThreads;
    }

    public int inboxConsumers() {
        return inboxConsumers;
    }

    public WebhooksConfig webhooks() {
        return webhooks;
    }
}
