package jp.lg.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.directory.DirectoryService;

/**
 * Acknowledgements (確認) of announcements: once per town, by anyone of the town. Acknowledging
 * again changes nothing and answers the same (idempotent); late acknowledgements still count.
 */
public final class Acknowledgements {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final MessageEvents events;
    private final Clock clock;

    Acknowledgements(TenantTransactions transactions, DirectoryService directory, MessageEvents events, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Returns whether this call acknowledged (false: the town had already). */
    public boolean acknowledge(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        Instant now = clock.instant();
        return transactions.inTenant(tenant, h -> {
            Message message = Responding.messageOf(h, caller, id, MessageKind.ANNOUNCEMENT);
            Responding.mustBeAsked(h, message, tenant);
            if (h.attach(ResponseDao.class).acknowledge(id, tenant.value(), message.channelId(), caller.userId(), now) == 0) {
                return false;
            }
            h.attach(AudienceDao.class).responded(id, tenant.value(), now);
            events.responded(h, message, "ACKNOWLEDGED", tenant.value(), caller.userId(), CommandContext.of(caller));
            return true;
        });
    }

    public AcknowledgementView status(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            Message message = Responding.messageOf(h, caller, id, MessageKind.ANNOUNCEMENT);
            List<String> towns = h.attach(AudienceDao.class).towns(id);
            Map<String, ResponseDao.Acknowledgement> acks = h.attach(ResponseDao.class).acknowledgements(id).stream()
                    .collect(Collectors.toMap(ResponseDao.Acknowledgement::tenantCode, Function.identity()));
            Map<String, String> names = Responding.names(directory, towns);
            List<AcknowledgementView.Town> rows = towns.stream().map(t -> {
                ResponseDao.Acknowledgement a = acks.get(t);
                return new AcknowledgementView.Town(t, names.get(t), a == null ? "PENDING" : "ACKNOWLEDGED",
                        a == null ? null : a.acknowledgedAt().atZone(MessageView.TOKYO).toOffsetDateTime(),
                        a == null ? null : a.userId());
            }).toList();
            int done = (int) rows.stream().filter(r -> r.status().equals("ACKNOWLEDGED")).count();
            return new AcknowledgementView(id.toString(), message.deadline().atZone(MessageView.TOKYO).toOffsetDateTime(),
                    towns.size(), done, AcknowledgementView.summaryJa(done, towns.size()),
                    AcknowledgementView.summaryEn(done, towns.size()), rows);
        });
    }
}
