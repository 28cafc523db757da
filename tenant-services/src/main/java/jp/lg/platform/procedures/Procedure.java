package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A published version of a standard procedure (標準手続); never changes once published. */
@Schema(name = "Procedure")
public record Procedure(
        @Schema(example = "resident-certificate-copy") String code,
        @Schema(example = "1") int version,
        @Schema(example = "aizu") String collaborationCode,
        @Schema(description = "LG code of the lead that published it", example = "070009") String leadCode,
        @Schema(description = "what changed since the previous version", example = "初版 / first version") String changes,
        String publishedBy,
        Instant publishedAt,
        ProcedureDefinition definition) {
}
