package jp.lg.platform.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.jdbi.v3.core.Handle;

/**
 * Changes to a posted message: its author edits it (the earlier text is kept as a version) or
 * retracts it (a tombstone: text, history and reactions go, the message's place stays); anyone in
 * the channel reacts to it. A message in a channel the caller is not in is a 404.
 */
public final class MessageEdits {

    private final TenantTransactions transactions;
    private final MentionResolver mentions;
    private final MessageEvents events;
    private final Clock clock;

    MessageEdits(TenantTransactions transactions, MentionResolver mentions, MessageEvents events, Clock clock) {
        this.transactions = transactions;
        this.mentions = mentions;
        this.events = events;
        this.clock = clock;
    }

    /** The message {@code id} if it is in a channel the caller is in, with that channel; 404 otherwise. */
    static Message visible(Handle h, LgPrincipal caller, UUID id) {
        Message message = h.attach(MessageDao.class).find(id).orElseThrow(() -> Callers.messageNotFound(id));
        try {
            ChannelService.member(h, caller, message.channelId());
        } catch (ProblemException e) {
            throw Callers.messageNotFound(id);
        }
        return message;
    }

    public Message edit(LgPrincipal caller, UUID id, MessageEditInput input) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            Message before = ownLiveMessage(h, caller, id, "edits");
            List<FieldError> errors = new ArrayList<>();
            MessageRules.checkText(input.text(), errors);
            if (input.isCorrection() && before.messageKind() != MessageKind.ALERT) {
                errors.add(new FieldError("correction", "is only for ALERT messages"));
            }
            Channel channel = ChannelService.member(h, caller, before.channelId());
            Mentions resolved = input.text() == null ? new Mentions(List.of(), List.of(), false, List.of())
                    : mentions.resolve(h, channel, h.attach(ChannelDao.class).memberTenants(channel), input.text());
            resolved.unknown().forEach(m -> errors.add(new FieldError("text", "mentions " + m
                    + ", who is nobody in this channel")));
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            MessageDao dao = h.attach(MessageDao.class);
            dao.keepVersion(id);
            dao.edit(id, input.text(), resolved.userIds().toArray(String[]::new),
                    resolved.tenantCodes().toArray(String[]::new), resolved.all(), clock.instant());
            events.edited(h, before, input.text(), resolved, input.isCorrection(), CommandContext.of(caller));
            return dao.find(id).orElseThrow();
        });
    }

    public void retract(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        transactions.inTenant(tenant, h -> {
            Message message = ownLiveMessage(h, caller, id, "retracts");
            MessageDao dao = h.attach(MessageDao.class);
            dao.forgetVersions(id);
            dao.forgetReactions(id);
            h.attach(AttachmentDao.class).forgetOf(id);
            dao.retract(id, clock.instant());
            events.retracted(h, message, CommandContext.of(caller));
            return null;
        });
    }

    /** Adds the caller's {@code emoji}; returns whether it is new (once per person and emoji). */
    public boolean react(LgPrincipal caller, UUID id, String emoji) {
        checkEmoji(emoji);
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            Message message = visible(h, caller, id);
            if (message.retracted()) {
                throw retracted(id);
            }
            return h.attach(MessageDao.class).react(id, caller.userId(), emoji, message.channelId(), tenant.value()) == 1;
        });
    }

    public void unreact(LgPrincipal caller, UUID id, String emoji) {
        checkEmoji(emoji);
        transactions.inTenant(Callers.tenantOf(caller), h -> {
            visible(h, caller, id);
            return h.attach(MessageDao.class).unreact(id, caller.userId(), emoji);
        });
    }

    private static void checkEmoji(String emoji) {
        if (emoji == null || emoji.isBlank() || emoji.codePointCount(0, emoji.length()) > 8 || emoji.matches(".*\\s.*")) {
            throw ProblemException.invalidField("emoji", "must be one emoji or short code of 1 to 8 characters, no spaces");
        }
    }

    private static Message ownLiveMessage(Handle h, LgPrincipal caller, UUID id, String what) {
        Message message = visible(h, caller, id);
        if (!message.authorUserId().equals(caller.userId())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Only the author " + what + " a message.");
        }
        if (message.retracted()) {
            throw retracted(id);
        }
        return message;
    }

    private static ProblemException retracted(UUID id) {
        return new ProblemException(ProblemType.CONFLICT, "The message " + id + " was retracted.");
    }
}
