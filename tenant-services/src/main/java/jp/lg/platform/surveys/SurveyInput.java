package jp.lg.platform.surveys;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A new survey, defined by a coordinator of the collaboration's lead. The deadline is an instant
 * with its offset ("2027-01-29T17:00:00+09:00"); results open to the towns at the deadline, when
 * the lead closes the survey, or when every member has submitted if {@code openResultsWhenAllSubmitted}.
 */
@Schema(name = "SurveyInput")
public record SurveyInput(
        @Schema(example = "aizu") @NotBlank String collaborationCode,
        @Schema(example = "令和8年度 窓口業務量調査") @NotBlank @Size(max = 200) String titleJa,
        @Schema(example = "FY2026 counter workload survey") @NotBlank @Size(max = 200) String titleEn,
        @Schema(example = "2027-01-29T17:00:00+09:00") @NotNull OffsetDateTime deadline,
        @Schema(description = "open results as soon as every member has submitted; false if absent")
        Boolean openResultsWhenAllSubmitted,
        @NotNull @NotEmpty @Size(max = 200) List<@NotNull @Valid SurveyItem> items,
        @NotNull @NotEmpty @Size(max = 20) List<@NotNull @Valid Measure> measures) {

    SurveyDefinition definition() {
        return new SurveyDefinition(items, measures);
    }
}
