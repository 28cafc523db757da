package jp.lg.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Handle;

/**
 * Channels as their members see them: the caller's list with unread counts, one channel, TOPIC and
 * DIRECT channels staff create, joining and leaving TOPIC channels, and read markers. A channel the
 * caller is not in is a 404, whether it exists or not.
 */
public final class ChannelService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final People people;
    private final ChannelEvents events;

    ChannelService(TenantTransactions transactions, DirectoryService directory, People people, ChannelEvents events) {
        this.transactions = transactions;
        this.directory = directory;
        this.people = people;
        this.events = events;
    }

    /** The caller's channels after {@code afterSeq}; with {@code joinable}, the TOPIC channels they could join instead. */
    public List<ChannelSummary> page(LgPrincipal caller, boolean joinable, long afterSeq, int limit) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> joinable
                ? h.attach(ChannelDao.class).joinable(caller.userId(), afterSeq, limit)
                : h.attach(ChannelDao.class).mine(tenant.value(), caller.userId(), afterSeq, limit));
    }

    public Channel get(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> member(h, caller, id));
    }

    /** The channel {@code id} if the caller is in it; 404 otherwise. Use inside a tenant transaction. */
    static Channel member(Handle h, LgPrincipal caller, UUID id) {
        return member(h.attach(ChannelMembership.class), caller, id);
    }

    /** The same, through a {@link ChannelMembership} the caller has attached already (each attachment costs CPU). */
    static Channel member(ChannelMembership channels, LgPrincipal caller, UUID id) {
        String tenant = Callers.tenantOf(caller).value();
        return channels.find(id).filter(c -> c.hasMember(tenant, caller.userId()))
                .orElseThrow(() -> Callers.channelNotFound(id));
    }

    public Channel create(LgPrincipal caller, ChannelInput input) {
        LgCode tenant = Callers.tenantOf(caller);
        return input.kind() == ChannelKind.TOPIC ? createTopic(caller, tenant, input) : createDirect(caller, tenant, input);
    }

    private Channel createTopic(LgPrincipal caller, LgCode tenant, ChannelInput input) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Collaboration> collaboration = directory.collaboration(input.collaborationCode())
                .filter(c -> c.includes(tenant));
        if (collaboration.isEmpty()) {
            errors.add(new FieldError("collaborationCode", "must name a collaboration your tenant takes part in"));
        }
        if (input.name() == null || input.name().isBlank()) {
            errors.add(new FieldError("name", "must not be blank"));
        }
        if (input.usernames() != null && !input.usernames().isEmpty()) {
            errors.add(new FieldError("usernames", "must be absent for a TOPIC channel: people join it themselves"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Collaboration c = collaboration.orElseThrow();
        List<String> tenants = new ArrayList<>(List.of(c.leadCode().value()));
        c.members().forEach(m -> tenants.add(m.value()));
        return insert(caller, tenant, ChannelKind.TOPIC, c.code(), input.name().strip(), tenants,
                Map.of(caller.userId(), tenant.value()));
    }

    private Channel createDirect(LgPrincipal caller, LgCode tenant, ChannelInput input) {
        if (input.kind() != ChannelKind.DIRECT) {
            throw ProblemException.invalidField("kind", "must be TOPIC or DIRECT; VERTICAL and HORIZONTAL channels"
                    + " come from the directory");
        }
        return transactions.inTenant(tenant, h -> {
            List<FieldError> errors = new ArrayList<>();
            Map<String, Participant> others = new LinkedHashMap<>();
            List<String> usernames = input.usernames() == null ? List.of() : input.usernames();
            if (usernames.isEmpty()) {
                errors.add(new FieldError("usernames", "must name at least one other person"));
            }
            for (int i = 0; i < usernames.size(); i++) {
                String username = usernames.get(i);
                Optional<Participant> person = username == null ? Optional.empty() : people.byUsername(h, username.strip());
                if (person.isEmpty() || person.get().userId().equals(caller.userId())) {
                    errors.add(new FieldError("usernames[" + i + "]", "'" + username + "' is nobody you can write to:"
                            + " name another person of your tenant or of one you share a collaboration with"));
                } else {
                    others.put(person.get().userId(), person.get());
                }
            }
            Optional<Collaboration> shared = errors.isEmpty() ? sharedCollaboration(tenant, others.values()) : Optional.empty();
            if (errors.isEmpty() && shared.isEmpty()) {
                errors.add(new FieldError("usernames", "these people's tenants share no collaboration with yours"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            Map<String, String> members = new LinkedHashMap<>(Map.of(caller.userId(), tenant.value()));
            others.values().forEach(p -> members.put(p.userId(), p.tenantCode()));
            String name = input.name() != null && !input.name().isBlank() ? input.name().strip()
                    : String.join("・", others.values().stream().map(Participant::displayName).toList());
            return insert(h, caller, tenant, ChannelKind.DIRECT, shared.orElseThrow().code(), name,
                    List.copyOf(members.values()), members);
        });
    }

    private Optional<Collaboration> sharedCollaboration(LgCode tenant, java.util.Collection<Participant> others) {
        return directory.collaborations().stream()
                .filter(c -> c.includes(tenant) && others.stream().allMatch(p -> c.includes(LgCode.parse(p.tenantCode()))))
                .findFirst();
    }

    private Channel insert(LgPrincipal caller, LgCode tenant, ChannelKind kind, String collaboration, String name,
            List<String> tenants, Map<String, String> members) {
        return transactions.inTenant(tenant, h -> insert(h, caller, tenant, kind, collaboration, name, tenants, members));
    }

    private Channel insert(Handle h, LgPrincipal caller, LgCode tenant, ChannelKind kind, String collaboration,
            String name, List<String> tenants, Map<String, String> members) {
        ChannelDao dao = h.attach(ChannelDao.class);
        UUID id = UUID.randomUUID();
        dao.insert(id, tenant.value(), kind.name(), collaboration, null, name, caller.userId());
        tenants.stream().distinct().forEach(t -> dao.addTenant(id, t));
        members.forEach((user, userTenant) -> dao.addMember(id, user, userTenant));
        Channel channel = dao.find(id).orElseThrow();
        events.changed(h, channel, CommandContext.of(caller));
        return channel;
    }

    /** Joins a TOPIC channel of one of the caller's collaborations; joining again changes nothing. */
    public Channel join(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            dao.lock(id.toString());
            Channel channel = dao.find(id).filter(c -> c.kind() == ChannelKind.TOPIC && !c.archived()
                            || c.hasMember(tenant.value(), caller.userId()))
                    .orElseThrow(() -> Callers.channelNotFound(id));
            if (channel.kind() != ChannelKind.TOPIC) {
                throw new ProblemException(ProblemType.CONFLICT, "Only TOPIC channels are joined; you are in this "
                        + channel.kind() + " channel already.");
            }
            if (dao.addMember(id, caller.userId(), tenant.value()) == 0) {
                return channel;
            }
            Channel after = dao.find(id).orElseThrow();
            events.changed(h, after, CommandContext.of(caller));
            return after;
        });
    }

    /** Leaves a TOPIC channel the caller is in. */
    public void leave(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        transactions.inTenant(tenant, h -> {
            ChannelDao dao = h.attach(ChannelDao.class);
            dao.lock(id.toString());
            Channel channel = member(dao, caller, id);
            if (channel.kind() != ChannelKind.TOPIC) {
                throw new ProblemException(ProblemType.CONFLICT, "Only TOPIC channels can be left; "
                        + channel.kind() + " channels follow the directory or their participants.");
            }
            dao.removeMember(id, caller.userId());
            events.changed(h, dao.find(id).orElseThrow(), CommandContext.of(caller));
            return null;
        });
    }

    /** Marks the channel read up to its newest message (or up to {@code upTo}); a marker never moves back. */
    public void markRead(LgPrincipal caller, UUID id, Optional<UUID> upTo) {
        LgCode tenant = Callers.tenantOf(caller);
        transactions.inTenant(tenant, h -> {
            member(h, caller, id);
            long seq = upTo.map(m -> h.attach(MessageDao.class).seqOf(id, m)
                            .orElseThrow(() -> ProblemException.invalidField("upTo", "is no message of this channel")))
                    .orElseGet(() -> h.attach(MessageDao.class).lastSeq(id));
            h.attach(ChannelDao.class).markRead(id, caller.userId(), tenant.value(), seq);
            return null;
        });
    }
}
