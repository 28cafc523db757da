package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The next version of a standard procedure: the whole definition and what changed since the last one. */
@Schema(name = "ProcedureVersionInput")
public record VersionInput(
        @Schema(example = "郵送請求の項目を追加 / adds postal requests") @NotBlank @Size(max = 2000) String changes,
        @NotNull @Valid ProcedureDefinition definition) {
}
