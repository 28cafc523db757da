package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a request is declined, cancelled or released. */
@Schema(name = "ReasonInput")
public record ReasonInput(@Schema(example = "今年度の専門官の日程が埋まっているため") @NotBlank @Size(max = 1000) String reason) {
}
