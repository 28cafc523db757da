package jp.lg.platform.notifications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.Set;
import jp.lg.platform.events.notifications.NotificationRequested;

/**
 * What a town's webhooks receive: the notifications meant for the whole town (announcements,
 * inquiries, seminars, alerts and their corrections, reminders, expert visits), never person-to-person
 * chat (MESSAGE, MENTION, RESPONSE), since a webhook may feed a public website or SNS. The body
 * follows the Standard Webhooks shape {@code {"type", "timestamp", "data"}}.
 */
final class WebhookPayloads {

    static final Set<String> TOWN_CATEGORIES = Set.of("ANNOUNCEMENT", "INQUIRY", "EVENT", "ALERT", "ALERT_CORRECTION",
            "REMINDER", "EXPERT_VISIT", "WEBHOOK_DISABLED");
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookPayloads() {}

    /** {@code notification.<category>} for a notification a town's webhooks receive, else empty. */
    static Optional<String> eventType(NotificationRequested n) {
        return TOWN_CATEGORIES.contains(n.getCategory()) && !"WEBHOOK_DISABLED".equals(n.getCategory())
                ? Optional.of("notification." + n.getCategory().toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }

    static String payload(NotificationRequested n, String eventType) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", eventType);
        body.put("timestamp", n.getMeta().getOccurredAt().toString());
        ObjectNode data = body.putObject("data");
        data.put("sourceEventId", n.getMeta().getCausationId());
        data.put("tenantCode", n.getRecipientTenantCode());
        data.put("category", n.getCategory());
        data.put("priority", n.getPriority());
        data.put("titleJa", n.getTitleJa());
        data.put("titleEn", n.getTitleEn());
        data.put("body", n.getBody());
        data.put("channelId", n.getChannelId() == null ? null : n.getChannelId().toString());
        data.put("messageId", n.getMessageId() == null ? null : n.getMessageId().toString());
        data.put("subjectId", n.getSubjectId());
        data.put("link", n.getLink());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
