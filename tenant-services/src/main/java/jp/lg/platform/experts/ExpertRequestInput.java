package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import jp.lg.platform.experts.scheduling.VisitMode;

/** A municipality's request for an expert visit, as its staff submit it. */
@Schema(name = "ExpertRequestInput")
public record ExpertRequestInput(
        @Schema(example = "team-ehime") @NotBlank String collaborationCode,
        @Schema(description = "code from dispatch-programs.csv", example = "mic-informatization") @NotBlank String programme,
        @Schema(description = "code from expert-specialties.csv", example = "data-utilization") @NotBlank String specialty,
        @Schema(example = "オープンデータの公開手順") @NotBlank @Size(max = 200) String topic,
        @Schema(example = "庁内データの棚卸しと公開の進め方について助言がほしい") @NotBlank @Size(max = 4000) String description,
        @NotNull VisitMode mode,
        @Schema(example = "90") @NotNull @Min(15) @Max(480) Integer durationMinutes,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid PreferredWindow> preferredWindows,
        @NotNull Urgency urgency) {
}
