package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A town adopts (or moves to) a version of a standard procedure, with its local variants. */
@Schema(name = "AdoptionInput")
public record AdoptionInput(
        @Schema(example = "1") @NotNull @Min(1) Integer version,
        @Valid Variants variants) {

    public AdoptionInput {
        variants = variants == null ? Variants.NONE : variants;
    }
}
