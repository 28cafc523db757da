package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** An allowed move of an application from one stage to another. */
@Schema(name = "StageTransition")
public record StageTransition(
        @Schema(example = "RECEIVED") @NotBlank String from,
        @Schema(example = "REVIEW") @NotBlank String to,
        @NotNull TransitionKind kind) {
}
