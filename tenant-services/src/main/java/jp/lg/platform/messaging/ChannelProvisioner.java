package jp.lg.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.events.consumer.ConsumedEvent;
import jp.lg.platform.core.events.consumer.EventHandler;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.events.directory.CollaborationChanged;
import org.jdbi.v3.core.Handle;

/**
 * Keeps the provisioned channels of each collaboration in step with the directory: one HORIZONTAL
 * channel with the lead and every member, one VERTICAL channel per member with the lead. A town
 * that leaves is removed from the horizontal channel and its vertical channel is archived (kept,
 * so its history stays readable); a town that comes back gets it back. A new lead takes over the
 * channels with their history: it replaces the old lead in every vertical channel (renamed after
 * it), the old lead stays in the horizontal channel only if it is still a member, and the vertical
 * channel of a town that became the lead is archived. Always reconciles against
 * the directory as it is now, so it is idempotent and may run any number of times, on any
 * instance (a lock per collaboration serialises concurrent runs); every change is one
 * {@code ChannelChanged} in the same transaction.
 */
public final class ChannelProvisioner implements EventHandler<CollaborationChanged> {

    private final DirectoryService directory;
    private final ChannelEvents events;

    ChannelProvisioner(DirectoryService directory, ChannelEvents events) {
        this.directory = directory;
        this.events = events;
    }

    /** A collaboration changed: reconcile its channels with the directory as it is now. */
    @Override
    public void handle(Handle handle, ConsumedEvent<CollaborationChanged> event) {
        directory.collaboration(event.value().getCode())
                .ifPresent(c -> reconcile(handle, c, new CommandContext(event.metadata().getActor(),
                        event.metadata().getCorrelationId())));
    }

    /** Reconciles one collaboration inside {@code handle}'s transaction, as its lead. */
    void reconcile(Handle handle, Collaboration collaboration, CommandContext command) {
        TenantTransactions.enter(handle, collaboration.leadCode());
        ChannelDao dao = handle.attach(ChannelDao.class);
        dao.lock(collaboration.code());
        String lead = collaboration.leadCode().value();
        boolean newLead = dao.takeOver(collaboration.code(), lead) > 0;
        List<Channel> existing = dao.provisioned(collaboration.code());
        List<String> everyone = new ArrayList<>(List.of(lead));
        collaboration.members().forEach(m -> everyone.add(m.value()));
        Desired horizontal = new Desired(ChannelKind.HORIZONTAL, null, ChannelNames.horizontal(collaboration),
                sorted(everyone), false);
        apply(handle, dao, collaboration, find(existing, c -> c.kind() == ChannelKind.HORIZONTAL), horizontal, command,
                newLead);
        String leadName = nameOf(collaboration.leadCode());
        for (LgCode member : collaboration.members()) {
            Desired vertical = new Desired(ChannelKind.VERTICAL, member.value(),
                    ChannelNames.vertical(leadName, nameOf(member)), sorted(List.of(lead, member.value())), false);
            apply(handle, dao, collaboration, find(existing, c -> c.subjectCode().equals(Optional.of(member.value()))),
                    vertical, command, newLead);
        }
        for (Channel gone : existing) {
            if (gone.kind() == ChannelKind.VERTICAL && !gone.archived()
                    && !collaboration.members().contains(LgCode.parse(gone.subjectCode().orElseThrow()))) {
                apply(handle, dao, collaboration, Optional.of(gone), new Desired(ChannelKind.VERTICAL,
                        gone.subjectCode().orElseThrow(), gone.name(), gone.tenantCodes(), true), command, newLead);
            }
        }
    }

    /** {@code newLead}: the channels changed hands in this run, so each is announced even if nothing else changed. */
    private void apply(Handle handle, ChannelDao dao, Collaboration collaboration, Optional<Channel> current,
            Desired desired, CommandContext command, boolean newLead) {
        if (current.isEmpty()) {
            UUID id = UUID.randomUUID();
            dao.insert(id, collaboration.leadCode().value(), desired.kind().name(), collaboration.code(),
                    desired.subject(), desired.name(), command.actor());
            desired.tenants().forEach(t -> dao.addTenant(id, t));
            events.changed(handle, dao.find(id).orElseThrow(), command);
            return;
        }
        Channel channel = current.get();
        if (!newLead && channel.name().equals(desired.name()) && channel.archived() == desired.archived()
                && channel.tenantCodes().equals(desired.tenants())) {
            return;
        }
        dao.update(channel.id(), desired.name(), desired.archived());
        desired.tenants().stream().filter(t -> !channel.tenantCodes().contains(t)).forEach(t -> dao.addTenant(channel.id(), t));
        channel.tenantCodes().stream().filter(t -> !desired.tenants().contains(t))
                .forEach(t -> dao.removeTenant(channel.id(), t));
        events.changed(handle, channel.with(desired.name(), desired.archived(), desired.tenants(), List.of()), command);
    }

    private String nameOf(LgCode code) {
        return directory.tenant(code).map(Tenant::nameJa).orElse(code.value());
    }

    private static Optional<Channel> find(List<Channel> channels, Predicate<Channel> which) {
        return channels.stream().filter(which).findFirst();
    }

    private static List<String> sorted(List<String> codes) {
        return codes.stream().distinct().sorted().toList();
    }

    private record Desired(ChannelKind kind, String subject, String name, List<String> tenants, boolean archived) {}
}
