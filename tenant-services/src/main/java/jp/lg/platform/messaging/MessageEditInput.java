package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;

/** A new text for a message; {@code correction} marks the edit of an ALERT as a correction (訂正). */
@Schema(name = "MessageEditInput", example = "{\"text\": \"【訂正】避難所は西条市総合体育館です。\", \"correction\": true}")
public record MessageEditInput(
        @Schema(description = "1 to 10,000 characters", example = "【訂正】避難所は西条市総合体育館です。") String text,
        @Schema(description = "Only for ALERT messages: tells everyone the alert reached, without a second alarm")
        Boolean correction) {

    public boolean isCorrection() {
        return Boolean.TRUE.equals(correction);
    }
}
