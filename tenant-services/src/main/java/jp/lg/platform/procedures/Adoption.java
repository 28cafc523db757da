package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** A town's adoption of a version of a standard procedure; the latest one of a town is the one in force. */
@Schema(name = "Adoption")
public record Adoption(
        UUID id,
        @Schema(description = "LG code of the adopting municipality", example = "074071") String town,
        String procedureCode,
        int version,
        String collaborationCode,
        String leadCode,
        Variants variants,
        String adoptedBy,
        Instant adoptedAt) {
}
