package jp.lg.platform.messaging;

import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.EventMetadataFactory;
import jp.lg.platform.core.events.Outbox;
import jp.lg.platform.events.messaging.ChannelChanged;
import org.jdbi.v3.core.Handle;

/** Writes {@code ChannelChanged} (the whole channel as it now stands) to the outbox, in the transaction of the change. */
final class ChannelEvents {

    private final EventMetadataFactory metadata;

    ChannelEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    void changed(Handle handle, Channel c, CommandContext command) {
        Outbox.append(handle, MessagingTopics.CHANNELS, c.id().toString(), ChannelChanged.newBuilder()
                .setMeta(metadata.create(Optional.of(c.ownerCode()), command.actor(), command.correlationId()))
                .setChannelId(c.id()).setKind(c.kind().name()).setCollaborationCode(c.collaborationCode())
                .setName(c.name()).setTenantCodes(c.kind().isProvisioned() ? c.tenantCodes() : List.of())
                .setUserIds(c.kind().isProvisioned() ? List.of() : c.userIds())
                .setArchived(c.archived())
                .build());
    }
}
