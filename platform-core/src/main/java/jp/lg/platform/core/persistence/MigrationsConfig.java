package jp.lg.platform.core.persistence;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * The database role that owns the schema and runs migrations. The application itself connects as
 * a different role that owns no tables, so PostgreSQL row-level security applies to it.
 * {@code url} defaults to the application's database URL.
 */
public class MigrationsConfig {

    @JsonProperty
    private String url;

    @NotBlank
    @JsonProperty
    private String user;

    @JsonProperty
    private String password;

    public String url(String fallback) {
        return url != null ? url : fallback;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }
}
