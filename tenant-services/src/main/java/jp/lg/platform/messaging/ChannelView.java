package jp.lg.platform.messaging;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A channel as the API shows it. In a list: with the caller's unread messages and mentions among
 * them; alone: with the tenants that take part and, for TOPIC and DIRECT, the members' user ids.
 */
@Schema(name = "Channel")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelView(String id, String kind, String collaborationCode,
        @Schema(example = "【愛媛県・西条市】市町訪問") String name,
        @Schema(description = "VERTICAL: the town", example = "382060") String subjectCode, boolean archived,
        OffsetDateTime createdAt, List<String> tenantCodes, List<String> userIds, Long unread, Long mentions) {

    static ChannelView of(Channel c) {
        return new ChannelView(c.id().toString(), c.kind().name(), c.collaborationCode(), c.name(),
                c.subjectCode().orElse(null), c.archived(), c.createdAt().atZone(MessageView.TOKYO).toOffsetDateTime(),
                c.tenantCodes(), c.kind().isProvisioned() ? null : c.userIds(), null, null);
    }

    static ChannelView of(ChannelSummary c) {
        return new ChannelView(c.id().toString(), c.kind(), c.collaborationCode(), c.name(), c.subjectCode(),
                c.archived(), c.createdAt().atZone(MessageView.TOKYO).toOffsetDateTime(), null, null, c.unread(),
                c.mentions());
    }
}
