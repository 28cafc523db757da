package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Asks for a schedule of a collaboration's triaged requests over a horizon ({@code from}–{@code to}, dates in
 * Asia/Tokyo, inclusive); {@code timeLimitSeconds} bounds the solver (default 30, at most 300).
 */
@Schema(name = "ScheduleInput")
public record ScheduleInput(
        @Schema(example = "team-ehime") @NotBlank String collaborationCode,
        @Schema(example = "2030-06-03") @NotNull LocalDate from,
        @Schema(example = "2030-06-28") @NotNull LocalDate to,
        @Schema(example = "30", nullable = true) @Min(1) @Max(ScheduleSolver.MAX_SECONDS) Integer timeLimitSeconds) {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

    int timeLimit() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }
}
