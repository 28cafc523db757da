package jp.lg.platform.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** A town's answers as JSON: per item code, per measure code, a number. Replaces any earlier answers. */
@Schema(name = "SurveyResponseInput", example = "{\"answers\": {\"resident-certificate\": {\"annual-count\": 5200,"
        + " \"staff-hours\": 640.5, \"online-share\": 12.5}, \"moving-in\": {\"annual-count\": 310,"
        + " \"staff-hours\": 155, \"online-share\": 0}}}")
public record ResponseInput(
        @NotNull @Schema(description = "item code → measure code → value") Map<String, Map<String, JsonNode>> answers) {
}
