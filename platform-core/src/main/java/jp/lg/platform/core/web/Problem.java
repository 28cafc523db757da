package jp.lg.platform.core.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code title} is English and {@code title_ja} Japanese;
 * {@code detail} says what happened and what to do next; {@code errors} lists each offending
 * field of a request that failed validation.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; every API error has this shape.")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:lg-platform:problem:validation-failed")
        URI type,
        String title,
        @JsonProperty("title_ja") String titleJa,
        int status,
        String detail,
        URI instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.titleJa(), type.status(), detail, null, List.of());
    }

    public static Problem of(ProblemType type, String detail, List<FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.titleJa(), type.status(), detail, null, errors);
    }

    public Problem withInstance(URI instance) {
        return new Problem(type, title, titleJa, status, detail, instance, errors);
    }

    /** One offending field: its JSON path ({@code parentCode}, {@code office.lat}) and what is wrong. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {}
}
