package jp.lg.platform.surveys;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A measure (測定項目), one column of the survey, e.g. annual count 件/年. {@code min} and {@code max}
 * bound every value (inclusive); a PERCENT measure is always within 0–100.
 */
@Schema(name = "SurveyMeasure")
public record Measure(
        @Schema(example = "annual-count") @NotBlank @Pattern(regexp = SurveyItem.CODE,
                message = "must be 1-40 lower-case letters, digits and hyphens") String code,
        @Schema(example = "年間件数") @NotBlank @Size(max = 100) String nameJa,
        @Schema(example = "Cases a year") @NotBlank @Size(max = 100) String nameEn,
        @Schema(example = "件/年") @NotBlank @Size(max = 20) String unit,
        @NotNull MeasureKind kind,
        @Schema(description = "smallest value; 0 if absent", example = "0") BigDecimal min,
        @Schema(description = "largest value; 100 for PERCENT if absent, otherwise no limit", example = "1000000")
        BigDecimal max) {

    public Measure {
        if (min == null) {
            min = BigDecimal.ZERO;
        }
        if (max == null && kind == MeasureKind.PERCENT) {
            max = BigDecimal.valueOf(100);
        }
    }

    /** The name as users read it in a header: "年間件数 Cases a year (件/年)". */
    String label() {
        return nameJa + " " + nameEn + " (" + unit + ")";
    }
}
