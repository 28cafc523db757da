package jp.lg.platform.surveys;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A business item (業務), one row of the survey, e.g. 住民票交付. */
@Schema(name = "SurveyItem")
public record SurveyItem(
        @Schema(example = "resident-certificate") @NotBlank @Pattern(regexp = SurveyItem.CODE,
                message = "must be 1-40 lower-case letters, digits and hyphens") String code,
        @Schema(example = "住民票交付") @NotBlank @Size(max = 100) String nameJa,
        @Schema(example = "Resident certificates issued") @NotBlank @Size(max = 100) String nameEn) {

    static final String CODE = "[a-z0-9][a-z0-9-]{0,39}";
}
