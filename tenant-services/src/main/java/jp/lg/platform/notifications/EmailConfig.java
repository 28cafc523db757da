package jp.lg.platform.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Where notification e-mail goes: an SMTP server (plain or STARTTLS, optionally with a login) and
 * the sender. Without this section in the configuration no e-mail is sent, and deliveries say so.
 */
public class EmailConfig {

    @NotBlank
    @JsonProperty
    private String host;

    @Min(1)
    @Max(65535)
    @JsonProperty
    private int port = 25;

    @NotBlank
    @JsonProperty
    private String from = "no-reply@lg-platform.invalid";

    @JsonProperty
    private String fromName = "自治体共通基盤 / lg-platform";

    @JsonProperty
    private String username;

    @JsonProperty
    private String password;

    @JsonProperty
    private boolean startTls;

    /** How often due e-mail is looked for. */
    @NotNull
    @JsonProperty
    private Duration pollInterval = Duration.seconds(5);

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String from() {
        return from;
    }

    public String fromName() {
        return fromName;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean startTls() {
        return startTls;
    }

    public java.time.Duration pollInterval() {
        return pollInterval.toJavaDuration();
    }
}
