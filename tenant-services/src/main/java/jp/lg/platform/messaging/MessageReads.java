package jp.lg.platform.messaging;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import org.jdbi.v3.core.Handle;

/** Reading messages of channels the caller is in: a channel's page (newest first, or one thread) and one message. */
public final class MessageReads {

    private final TenantTransactions transactions;

    MessageReads(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    /** A message and where the next page starts. */
    public record Row(MessageView view, long seq) {}

    /** Up to {@code limit} messages older than {@code beforeSeq}, newest first. */
    public List<Row> page(LgPrincipal caller, UUID channelId, UUID thread, long beforeSeq, int limit) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            ChannelService.member(h, caller, channelId);
            List<Message> messages = h.attach(MessageDao.class).page(channelId, thread, beforeSeq, limit);
            return views(h, messages, false).stream().toList();
        });
    }

    public MessageView get(LgPrincipal caller, UUID id, boolean history) {
        return transactions.inTenant(Callers.tenantOf(caller), h ->
                views(h, List.of(MessageEdits.visible(h, caller, id)), history).get(0).view());
    }

    static List<Row> views(Handle h, List<Message> messages, boolean history) {
        UUID[] ids = messages.stream().map(Message::id).toArray(UUID[]::new);
        Map<UUID, List<Attachment>> files = h.attach(AttachmentDao.class).ofMessages(ids).stream()
                .collect(Collectors.groupingBy(Attachment::messageId));
        Map<UUID, List<Reaction>> reactions = h.attach(MessageDao.class).reactions(ids).stream()
                .collect(Collectors.groupingBy(Reaction::messageId));
        return messages.stream().map(m -> new Row(MessageView.of(m, files.getOrDefault(m.id(), List.of()),
                reactions.getOrDefault(m.id(), List.of()),
                history ? h.attach(MessageDao.class).versions(m.id()) : null), m.seq())).toList();
    }
}
