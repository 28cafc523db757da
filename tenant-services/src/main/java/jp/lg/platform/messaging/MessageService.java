package jp.lg.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * Posting messages in a channel the caller is in. One tenant transaction writes the message, links
 * its attachments, records which towns it asks (announcements, inquiries) and appends
 * {@code MessagePosted}; a rejected message writes nothing.
 */
public final class MessageService {

    private final TenantTransactions transactions;
    private final MentionResolver mentions;
    private final MessageEvents events;
    private final Clock clock;

    MessageService(TenantTransactions transactions, MentionResolver mentions, MessageEvents events, Clock clock) {
        this.transactions = transactions;
        this.mentions = mentions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts the message and returns it as readers will see it, built in the same transaction: a new
     * message has no reactions nor history yet, so nothing needs reading back.
     */
    public MessageView post(LgPrincipal caller, UUID channelId, MessageInput input) {
        LgCode tenant = Callers.tenantOf(caller);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        return transactions.inTenant(tenant, h -> {
            ChannelMembership channels = h.attach(ChannelMembership.class);
            Channel channel = ChannelService.member(channels, caller, channelId);
            if (channel.archived()) {
                throw new ProblemException(ProblemType.CONFLICT, "The channel " + channel.name()
                        + " is archived (its town left the collaboration); nothing can be posted in it.");
            }
            MessageKind kind = input.kindOrText();
            if (kind == MessageKind.ALERT && !caller.hasRole(Role.COORDINATOR)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only coordinators post ALERT messages (緊急連絡).");
            }
            List<FieldError> errors = new ArrayList<>(MessageRules.check(input, now));
            MessagePosting dao = h.attach(MessagePosting.class);
            if (input.threadRootId() != null && dao.find(input.threadRootId())
                    .filter(root -> root.channelId().equals(channelId) && root.threadRootId() == null).isEmpty()) {
                errors.add(new FieldError("threadRootId", "must be a message of this channel that starts a thread"));
            }
            List<String> memberTenants = channels.memberTenants(channel);
            Mentions resolved = input.text() == null ? new Mentions(List.of(), List.of(), false, List.of())
                    : mentions.resolve(h, channel, memberTenants, input.text());
            resolved.unknown().forEach(m -> errors.add(new FieldError("text", "mentions " + m
                    + ", who is nobody in this channel (use @username, @<town name in English or LG code> or @all)")));
            AttachmentDao attachments = input.attachments().isEmpty() ? null : h.attach(AttachmentDao.class);
            for (int i = 0; i < input.attachments().size(); i++) {
                if (!attachments.isUnattachedUploadOf(input.attachments().get(i), caller.userId())) {
                    errors.add(new FieldError("attachmentIds[" + i + "]", "is no file you uploaded and have not yet posted"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            Message message = new Message(UUID.randomUUID(), 0, channelId, tenant.value(), input.threadRootId(),
                    kind.name(), caller.userId(), caller.username(), authorName(caller), input.text(),
                    resolved.userIds().toArray(String[]::new), resolved.tenantCodes().toArray(String[]::new),
                    resolved.all(), input.deadline() == null ? null : input.deadline().toInstant(),
                    details(input), 1, now, null, null);
            dao.insert(message);
            input.attachments().forEach(a -> attachments.attach(a, message.id(), channelId));
            if (kind.asksEveryTown()) {
                AudienceDao audience = h.attach(AudienceDao.class);
                Instant remindAt = Reminders.remindAt(now, message.deadline());
                memberTenants.stream().filter(t -> !t.equals(tenant.value())).forEach(t ->
                        audience.add(message.id(), t, channelId, kind.name(), message.deadline(), remindAt));
            }
            events.posted(h, message, CommandContext.of(caller));
            List<Attachment> files = input.attachments().isEmpty() ? List.of()
                    : attachments.ofMessages(new UUID[] {message.id()});
            return MessageView.of(message, files, List.of(), null);
        });
    }

    private static String authorName(LgPrincipal caller) {
        return caller.displayName() == null || caller.displayName().isBlank() ? caller.username() : caller.displayName();
    }

    private static String details(MessageInput input) {
        return switch (input.kindOrText()) {
            case INQUIRY -> MessageDetails.write(new MessageDetails(input.fields(), null));
            case EVENT -> MessageDetails.write(new MessageDetails(List.of(), input.event()));
            default -> null;
        };
    }
}
