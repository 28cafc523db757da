package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What the expert reports after a visit (訪問報告): a summary, what came of it and what follows. */
@Schema(name = "VisitReport")
public record VisitReport(
        @Schema(example = "庁内データの棚卸し方法を説明し、公開候補10件を選定した") @NotBlank @Size(max = 4000) String summary,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> outcomes,
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 500) String> followUps) {
}
