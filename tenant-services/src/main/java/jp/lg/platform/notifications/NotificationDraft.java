package jp.lg.platform.notifications;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.notifications.NotificationRequested;

/**
 * What one source event says to everyone it concerns, before it is addressed to a person under
 * their preferences. A critical draft (an alert or its correction) ignores preferences and quiet
 * hours and goes to every delivery channel. {@code mentionCategory} replaces {@code category} for
 * someone the source mentions (a post that mentions you is a MENTION).
 */
record NotificationDraft(EventMetadata source, String category, String mentionCategory, boolean critical,
        String titleJa, String titleEn, String mentionTitleJa, String mentionTitleEn, String body, String channelId,
        String messageId, String subjectId, String link) {

    /** The same for everyone, mentioned or not. */
    static NotificationDraft of(EventMetadata source, String category, boolean critical, String titleJa,
            String titleEn, String body, String channelId, String messageId, String subjectId, String link) {
        return new NotificationDraft(source, category, category, critical, titleJa, titleEn, titleJa, titleEn, body,
                channelId, messageId, subjectId, link);
    }

    /** The notification id of this source event for {@code userId}: the same on every replay. */
    static UUID notificationId(UUID sourceEventId, String userId) {
        return UUID.nameUUIDFromBytes(("notification:" + sourceEventId + ":" + userId).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The notification for {@code recipient}, or empty if their preferences say no: level NONE for
     * the channel, or MENTIONS and {@code directed} is false ({@code directed}: the source mentions
     * them or is addressed to them in person, like a reminder or a reply to their own message).
     */
    Optional<NotificationRequested> addressedTo(Recipient recipient, NotificationPreferences preferences,
            boolean directed) {
        if (!critical) {
            NotificationLevel level = preferences.levelFor(channelId);
            if (level == NotificationLevel.NONE || level == NotificationLevel.MENTIONS && !directed) {
                return Optional.empty();
            }
        }
        UUID id = notificationId(source.getEventId(), recipient.userId());
        EventMetadata meta = EventMetadata.newBuilder()
                .setEventId(id)
                .setOccurredAt(source.getOccurredAt())
                .setTenantCode(recipient.tenantCode())
                .setActor(source.getActor())
                .setCorrelationId(source.getCorrelationId())
                .setCausationId(source.getEventId().toString())
                .build();
        return Optional.of(NotificationRequested.newBuilder()
                .setMeta(meta)
                .setNotificationId(id)
                .setRecipientUserId(recipient.userId())
                .setRecipientTenantCode(recipient.tenantCode())
                .setCategory(directed ? mentionCategory : category)
                .setPriority(critical ? "CRITICAL" : "NORMAL")
                .setTitleJa(directed ? mentionTitleJa : titleJa)
                .setTitleEn(directed ? mentionTitleEn : titleEn)
                .setBody(body)
                .setChannelId(channelId == null ? null : UUID.fromString(channelId))
                .setMessageId(messageId == null ? null : UUID.fromString(messageId))
                .setSubjectId(subjectId)
                .setLink(link)
                .setPushAfter(critical ? null
                        : preferences.quietHours().flatMap(q -> q.pushAfter(source.getOccurredAt())).orElse(null))
                .setDigest(critical ? Digest.NONE.name() : preferences.digest().name())
                .setEmail(critical || preferences.email())
                .build());
    }
}
