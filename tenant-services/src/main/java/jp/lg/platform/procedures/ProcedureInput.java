package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new standard procedure, published as its version 1 by a coordinator of the collaboration's lead. */
@Schema(name = "ProcedureInput")
public record ProcedureInput(
        @Schema(example = "resident-certificate-copy") @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}",
                message = "must be 2-63 lower-case letters, digits and hyphens") String code,
        @Schema(example = "aizu") @NotBlank String collaborationCode,
        @NotNull @Valid ProcedureDefinition definition) {
}
