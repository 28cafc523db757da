package jp.lg.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The answers to an inquiry side by side: one row per town that answered (values by field key),
 * the towns that have not, and a summary in Japanese and English.
 */
@Schema(name = "AnswerTable")
public record AnswerTable(String messageId, OffsetDateTime deadline, List<InquiryField> fields, List<Row> rows,
        List<Town> pending, int total, int answered,
        @Schema(example = "20団体中3団体が回答済み") String summaryJa,
        @Schema(example = "3 of 20 towns answered") String summaryEn) {

    @Schema(name = "AnswerRow")
    public record Row(String tenantCode, String name, String userId, OffsetDateTime answeredAt,
            OffsetDateTime updatedAt, Map<String, JsonNode> values) {}

    @Schema(name = "AnswerPendingTown")
    public record Town(String tenantCode, String name) {}
}
