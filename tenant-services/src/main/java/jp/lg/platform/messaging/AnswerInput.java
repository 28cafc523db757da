package jp.lg.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/** A town's answer to an inquiry: one value per field key (text, number, or one of the options). */
@Schema(name = "AnswerInput", example = "{\"values\": {\"insured\": \"加入済み\", \"premium\": 180000,"
        + " \"notes\": \"令和5年度から加入\"}}")
public record AnswerInput(@Schema(description = "By field key") Map<String, JsonNode> values) {
}
