package jp.lg.platform.messaging;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.messaging.MessageEdited;
import jp.lg.platform.events.messaging.MessagePosted;
import jp.lg.platform.events.messaging.MessageResponseRecorded;
import jp.lg.platform.events.messaging.MessageRetracted;
import jp.lg.platform.events.messaging.ReminderDue;
import org.jdbi.v3.core.Handle;

/** Writes the events of messages to the outbox, keyed by channel id, in the transaction of the change. */
final class MessageEvents {

    private final EventMetadataFactory metadata;

    MessageEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void posted(Handle h, Message m, CommandContext command) {
        Outbox.append(h, MessagingTopics.MESSAGES, m.channelId().toString(), MessagePosted.newBuilder()
                .setMeta(meta(m.tenantCode(), command)).setMessageId(m.id()).setChannelId(m.channelId())
                .setThreadRootId(m.threadRootId()).setKind(m.kind()).setAuthorUserId(m.authorUserId())
                .setAuthorName(m.authorName()).setText(m.text())
                .setMentionedUserIds(Arrays.asList(m.mentionedUserIds()))
                .setMentionedTenantCodes(Arrays.asList(m.mentionedTenantCodes())).setMentionsAll(m.mentionsAll())
                .setDeadline(m.deadline())
                .build());
    }

    void edited(Handle h, Message before, String text, Mentions mentions, boolean correction, CommandContext command) {
        Outbox.append(h, MessagingTopics.MESSAGES, before.channelId().toString(), MessageEdited.newBuilder()
                .setMeta(meta(before.tenantCode(), command)).setMessageId(before.id()).setChannelId(before.channelId())
                .setKind(before.kind()).setText(text).setCorrection(correction)
                .setMentionedUserIds(mentions.userIds()).setMentionedTenantCodes(mentions.tenantCodes())
                .setMentionsAll(mentions.all())
                .build());
    }

    void retracted(Handle h, Message m, CommandContext command) {
        Outbox.append(h, MessagingTopics.MESSAGES, m.channelId().toString(), MessageRetracted.newBuilder()
                .setMeta(meta(m.tenantCode(), command)).setMessageId(m.id()).setChannelId(m.channelId())
                .build());
    }

    /** A town responded: {@code response} is ACKNOWLEDGED, ANSWERED, ANSWER_CHANGED or an RSVP_… change. */
    void responded(Handle h, Message m, String response, String tenant, String userId, CommandContext command) {
        Outbox.append(h, MessagingTopics.MESSAGES, m.channelId().toString(), MessageResponseRecorded.newBuilder()
                .setMeta(meta(tenant, command)).setMessageId(m.id()).setChannelId(m.channelId())
                .setResponse(response).setTenantCode(tenant).setUserId(userId).setMessagePostedAt(m.createdAt())
                .build());
    }

    void reminderDue(Handle h, UUID messageId, UUID channelId, String kind, String tenant, Instant deadline) {
        CommandContext system = CommandContext.system();
        Outbox.append(h, MessagingTopics.MESSAGES, channelId.toString(), ReminderDue.newBuilder()
                .setMeta(meta(tenant, system)).setMessageId(messageId).setChannelId(channelId).setKind(kind)
                .setTenantCode(tenant).setDeadline(deadline)
                .build());
    }

    private EventMetadata meta(String tenant, CommandContext command) {
        return metadata.create(Optional.of(tenant), command.actor(), command.correlationId());
    }
}
