package jp.lg.platform.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How webhook deliveries are retried: the first retry after {@code firstRetry}, each next one twice
 * as late up to {@code maxRetry}; after {@code disableAfter} failures in a row the webhook is
 * switched off and the town is told; targets in private networks are refused unless allowed. All
 * optional.
 */
public class WebhooksConfig {

    @NotNull
    @JsonProperty
    private Duration firstRetry = Duration.seconds(10);

    @NotNull
    @JsonProperty
    private Duration maxRetry = Duration.hours(1);

    @Min(1)
    @Max(100)
    @JsonProperty
    private int disableAfter = 8;

    @NotNull
    @JsonProperty
    private Duration pollInterval = Duration.seconds(1);

    @NotNull
    @JsonProperty
    private Duration timeout = Duration.seconds(10);

    /** Whether webhooks may point into private networks ({@link WebhookTargets}); off unless a closed network needs it. */
    @JsonProperty
    private boolean allowPrivateAddresses;

    public java.time.Duration firstRetry() {
        return firstRetry.toJavaDuration();
    }

    public java.time.Duration maxRetry() {
        return maxRetry.toJavaDuration();
    }

    public int disableAfter() {
        return disableAfter;
    }

    public java.time.Duration pollInterval() {
        return pollInterval.toJavaDuration();
    }

    public java.time.Duration timeout() {
        return timeout.toJavaDuration();
    }

    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    /** The wait after the {@code failures}-th failure in a row (1 = the first). */
    public java.time.Duration backoffAfter(int failures) {
        java.time.Duration wait = firstRetry();
        for (int i = 1; i < failures && wait.compareTo(maxRetry()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxRetry()) > 0 ? maxRetry() : wait;
    }
}
