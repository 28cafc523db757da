package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;

/** An emoji (or a short code such as {@code +1}) to react with; once per person and emoji. */
@Schema(name = "ReactionInput", example = "{\"emoji\": \"👍\"}")
public record ReactionInput(@Schema(example = "👍") String emoji) {
}
