package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A town's local variants of a standard procedure (独自の差異), recorded as differences from it:
 * extra fields, its own fee, SLA overrides per stage and extra steps. Absent parts mean "as the
 * standard".
 */
@Schema(name = "Variants")
public record Variants(
        @Size(max = 30) List<@NotNull @Valid FormField> extraFields,
        @Schema(description = "the town's fee in yen instead of the standard's", example = "350")
        @Min(0) @Max(10_000_000) Integer feeYen,
        @Schema(description = "business days per stage code instead of the standard's", example = "{\"REVIEW\": 5}")
        Map<String, @NotNull @Min(0) @Max(365) Integer> slaOverrides,
        @Size(max = 5) List<@NotNull @Valid ExtraStage> extraStages) {

    public static final Variants NONE = new Variants(List.of(), null, Map.of(), List.of());

    public Variants {
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
        slaOverrides = slaOverrides == null ? Map.of() : new TreeMap<>(slaOverrides);
        extraStages = extraStages == null ? List.of() : List.copyOf(extraStages);
    }
}
