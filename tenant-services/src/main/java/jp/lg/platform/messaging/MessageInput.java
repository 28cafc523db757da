package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A message to post. {@code text} is stored exactly as written (1 to 10,000 characters) and never
 * rendered as HTML. Kinds other than TEXT carry their settings: a deadline (ANNOUNCEMENT, INQUIRY,
 * EVENT: RSVP by), the inquiry's fields, the seminar.
 */
@Schema(name = "MessageInput", example = "{\"text\": \"@all サイバー保険に加入しているか教えてください。\","
        + " \"kind\": \"INQUIRY\", \"deadline\": \"2030-06-30T17:00:00+09:00\", \"fields\": [{\"key\": \"insured\","
        + " \"label\": \"サイバー保険に加入していますか\", \"type\": \"CHOICE\", \"options\": [\"加入済み\", \"検討中\", \"未加入\"],"
        + " \"required\": true}]}")
public record MessageInput(
        @Schema(description = "1 to 10,000 characters; mentions @username, @<town name_en lower case or LG code>, @all",
                example = "@saijo 来週の訪問の件、資料を共有します。") String text,
        @Schema(description = "TEXT unless given", allowableValues = {"TEXT", "ANNOUNCEMENT", "INQUIRY", "EVENT", "ALERT"})
        MessageKind kind,
        @Schema(description = "Reply in the thread of this message") UUID threadRootId,
        @Schema(description = "ANNOUNCEMENT: acknowledge by; INQUIRY: answer by; EVENT: RSVP by",
                example = "2030-06-30T17:00:00+09:00") OffsetDateTime deadline,
        @Schema(description = "Ids of files uploaded with POST /api/v1/attachments") List<UUID> attachmentIds,
        @Schema(description = "INQUIRY: the questions (1 to 30)") List<InquiryField> fields,
        @Schema(description = "EVENT: the seminar") Seminar event) {

    public MessageKind kindOrText() {
        return kind == null ? MessageKind.TEXT : kind;
    }

    public List<UUID> attachments() {
        return attachmentIds == null ? List.of() : attachmentIds;
    }
}
