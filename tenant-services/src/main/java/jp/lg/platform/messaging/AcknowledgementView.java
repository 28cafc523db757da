package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/** Who has acknowledged an announcement: each town's status and a summary in Japanese and English. */
@Schema(name = "Acknowledgements")
public record AcknowledgementView(String messageId, OffsetDateTime deadline, int total, int acknowledged,
        @Schema(example = "20団体中2団体が確認済み") String summaryJa,
        @Schema(example = "2 of 20 towns acknowledged") String summaryEn, List<Town> towns) {

    /** One town: ACKNOWLEDGED (with when and by whom) or PENDING. */
    @Schema(name = "AcknowledgementTown")
    public record Town(String tenantCode, String name, String status, OffsetDateTime acknowledgedAt, String userId) {}

    static String summaryJa(int done, int total) {
        return total + "団体中" + done + "団体が確認済み";
    }

    static String summaryEn(int done, int total) {
        return done + " of " + total + " towns acknowledged";
    }
}
