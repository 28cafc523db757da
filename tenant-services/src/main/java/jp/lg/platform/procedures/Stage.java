package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A stage of a procedure (申請, 受付, 審査, 交付, 差戻し, 却下) with its service-level target in
 * business days; {@code slaBusinessDays} is null for stages without one (final stages, and a
 * return, which waits for the applicant).
 */
@Schema(name = "Stage")
public record Stage(
        @Schema(example = "REVIEW") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,29}") String code,
        @Schema(example = "審査") @NotBlank @Size(max = 50) String nameJa,
        @Schema(example = "Review") @NotBlank @Size(max = 50) String nameEn,
        @Schema(example = "3") @Min(0) @Max(365) Integer slaBusinessDays) {

    Stage withSla(Integer days) {
        return new Stage(code, nameJa, nameEn, days);
    }
}
