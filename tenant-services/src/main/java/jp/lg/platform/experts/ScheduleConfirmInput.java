package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Which proposed assignments to confirm; without {@code assignmentIds} every proposed one. */
@Schema(name = "ScheduleConfirmInput")
public record ScheduleConfirmInput(
        @Schema(nullable = true, example = "[\"0b6f8f3e-2f7a-4d8e-9a55-3c1f0e7d2a10\"]")
        @Size(min = 1, max = 1000) List<@NotNull String> assignmentIds) {
}
