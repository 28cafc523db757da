package jp.lg.platform.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A message as the API shows it: text exactly as written (a JSON string, never HTML; null once
 * retracted), times in Asia/Tokyo, reactions counted per emoji, files described (download them
 * from {@code /api/v1/attachments/{id}}).
 */
@Schema(name = "Message")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MessageView(String id, String channelId, String threadRootId, String kind, Author author,
        @Schema(nullable = true) String text, boolean retracted, MentionsView mentions, OffsetDateTime deadline,
        List<InquiryField> fields, Seminar event, List<AttachmentView> attachments, List<ReactionView> reactions,
        int version, OffsetDateTime postedAt, OffsetDateTime editedAt, List<VersionView> history) {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    /** Who wrote it. */
    @Schema(name = "MessageAuthor")
    public record Author(String userId, String username, String name, String tenantCode) {}

    @Schema(name = "MessageMentions")
    public record MentionsView(List<String> userIds, List<String> tenantCodes, boolean all) {}

    @Schema(name = "Reaction")
    public record ReactionView(String emoji, int count, List<String> userIds) {}

    @Schema(name = "MessageVersion")
    public record VersionView(int version, String text, OffsetDateTime writtenAt) {}

    @Schema(name = "Attachment")
    public record AttachmentView(String id, String filename, String contentType, int sizeBytes, String sha256,
            String messageId) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id().toString(), a.filename(), a.contentType(), a.sizeBytes(),
                    HexFormat.of().formatHex(a.sha256()), a.messageId() == null ? null : a.messageId().toString());
        }
    }

    static MessageView of(Message m, List<Attachment> files, List<Reaction> reactions, List<MessageVersion> history) {
        MessageDetails details = MessageDetails.of(m);
        Map<String, List<String>> byEmoji = new java.util.LinkedHashMap<>();
        reactions.forEach(r -> byEmoji.computeIfAbsent(r.emoji(), e -> new java.util.ArrayList<>()).add(r.userId()));
        return new MessageView(m.id().toString(), m.channelId().toString(),
                m.threadRootId() == null ? null : m.threadRootId().toString(), m.kind(),
                new Author(m.authorUserId(), m.authorUsername(), m.authorName(), m.tenantCode()), m.text(), m.retracted(),
                new MentionsView(Arrays.asList(m.mentionedUserIds()), Arrays.asList(m.mentionedTenantCodes()),
                        m.mentionsAll()),
                m.deadline() == null ? null : m.deadline().atZone(TOKYO).toOffsetDateTime(),
                details.fields().isEmpty() ? null : details.fields(), details.event(),
                files.stream().map(AttachmentView::of).toList(),
                byEmoji.entrySet().stream().map(e -> new ReactionView(e.getKey(), e.getValue().size(), e.getValue()))
                        .toList(),
                m.version(), m.createdAt().atZone(TOKYO).toOffsetDateTime(),
                m.editedAt() == null ? null : m.editedAt().atZone(TOKYO).toOffsetDateTime(),
                history == null ? null : history.stream().map(v -> new VersionView(v.version(), v.text(),
                        v.writtenAt().atZone(TOKYO).toOffsetDateTime())).toList());
    }
}
