package jp.lg.platform.notifications;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;

/** The {@code notifications} section: SMTP for e-mail (optional: without it no e-mail) and webhook retries. */
public class NotificationsConfig {

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

    public WebhooksConfig webhooks() {
        return webhooks;
    }
}
