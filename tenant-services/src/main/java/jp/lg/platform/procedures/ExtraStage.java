package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A town's own step inserted after a stage of the standard, such as a second review (追加審査). */
@Schema(name = "ExtraStage")
public record ExtraStage(
        @NotNull @Valid Stage stage,
        @Schema(description = "the standard stage it follows", example = "REVIEW") @NotBlank String after) {
}
