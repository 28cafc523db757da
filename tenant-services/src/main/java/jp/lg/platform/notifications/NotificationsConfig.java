package jp.lg.platform.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The {@code notifications} section: SMTP for e-mail (optional: without it no e-mail), webhook
 * retries, and how often the router commits.
 */
public class NotificationsConfig {

    /**
     * The router runs exactly-once: what it routes reaches inboxes only when it commits, so this
     * bounds the wait a chat message adds before it appears (half of it on average). Each commit is
     * a Kafka transaction; 20 ms is 50 a second.
     */
    @NotNull
    @MinDuration(value = 5, unit = TimeUnit.MILLISECONDS)
    @JsonProperty
    private Duration routerCommitInterval = Duration.milliseconds(20);

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

    public WebhooksConfig webhooks() {
        return webhooks;
    }
}
