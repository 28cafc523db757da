package jp.lg.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.util.DataSize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jp.lg.platform.core.auth.AuthConfig;
import jp.lg.platform.core.events.OutboxConfig;
import jp.lg.platform.core.kafka.KafkaConfig;
import jp.lg.platform.core.persistence.MigrationsConfig;
import jp.lg.platform.directory.ReferenceDataConfig;
import jp.lg.platform.experts.ExpertsConfig;
import jp.lg.platform.notifications.NotificationsConfig;

/** The application's configuration file; see {@code ops/config/production.yml} for an example. */
public class LgPlatformConfiguration extends Configuration {

    @Valid
    @NotNull
    @JsonProperty
    private DataSourceFactory database = new DataSourceFactory();

    @Valid
    @NotNull
    @JsonProperty
    private MigrationsConfig migrations;

    @Valid
    @NotNull
    @JsonProperty
    private KafkaConfig kafka;

    @Valid
    @NotNull
    @JsonProperty
    private OutboxConfig outbox = new OutboxConfig();

    @Valid
    @NotNull
    @JsonProperty
    private AuthConfig auth;

    @Valid
    @NotNull
    @JsonProperty
    private ReferenceDataConfig referenceData = new ReferenceDataConfig();

    @Valid
    @NotNull
    @JsonProperty
    private ExpertsConfig experts = new ExpertsConfig();

    /** E-mail (SMTP, optional: without it no e-mail is sent) and webhook retries. */
    @Valid
    @NotNull
    @JsonProperty
    private NotificationsConfig notifications = new NotificationsConfig();

    /**
     * Connections kept apart from {@code database.maxSize} for the outbox relay and the event
     * consumers, so a burst of requests waiting for the main pool cannot stall event processing.
     */
    @Min(3)
    @Max(64)
    @JsonProperty
    private int backgroundPoolSize = 8;

    @NotNull
    @JsonProperty
    private DataSize maxRequestBody = DataSize.kibibytes(256);

    public DataSourceFactory database() {
        return database;
    }

    public MigrationsConfig migrations() {
        return migrations;
    }

    public KafkaConfig kafka() {
        return kafka;
    }

    public OutboxConfig outbox() {
        return outbox;
    }

    public AuthConfig auth() {
        return auth;
    }

    public ReferenceDataConfig referenceData() {
        return referenceData;
    }

    public ExpertsConfig experts() {
        return experts;
    }

    public NotificationsConfig notifications() {
        return notifications;
    }

    public int backgroundPoolSize() {
        return backgroundPoolSize;
    }

    public DataSize maxRequestBody() {
        return maxRequestBody;
    }
}
