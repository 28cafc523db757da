package jp.lg.platform.experts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.experts.scheduling.VisitMode;
import org.jdbi.v3.core.Jdbi;

/**
 * The experts' calendar feeds: a secret per expert, shown once when it is made and stored only as
 * a hash, opens the feed of that expert's confirmed and completed visits. Making a new secret
 * (rotating) makes the old URL stop working.
 */
final class ExpertCalendars {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SECRET_BYTES = 32;

    private final Jdbi jdbi;
    private final TenantTransactions transactions;
    private final DirectoryService directory;

    ExpertCalendars(Jdbi jdbi, TenantTransactions transactions, DirectoryService directory) {
        this.jdbi = jdbi;
        this.transactions = transactions;
        this.directory = directory;
    }

    /** A new secret for the expert's feed, replacing any earlier one: the expert, or a coordinator of the lead. */
    String rotate(LgPrincipal caller, UUID expertId) {
        LgCode tenant = Callers.tenantOf(caller);
        String secret = newSecret();
        transactions.inTenant(tenant, h -> {
            Expert expert = h.attach(ExpertDao.class).find(expertId).orElseThrow(() -> notFound());
            if (!caller.hasRole(Role.COORDINATOR) && !expert.username().equals(caller.username())) {
                throw new ProblemException(ProblemType.FORBIDDEN,
                        "Only the expert or a coordinator of the lead can make a new calendar URL.");
            }
            return h.createUpdate("insert into expert_calendars (expert_id, tenant_code, secret_hash)"
                            + " values (:expert, :tenant, :hash) on conflict (expert_id)"
                            + " do update set secret_hash = excluded.secret_hash, rotated_at = now()")
                    .bind("expert", expertId).bind("tenant", expert.tenant().value()).bind("hash", hash(secret))
                    .execute();
        });
        return secret;
    }

    /** The feed; 404 when the expert is unknown or the secret is not (or no longer) theirs. */
    String feed(UUID expertId, String secret) {
        Optional<String> tenant = jdbi.withHandle(h -> h.createQuery(
                        "select tenant_code from expert_calendars where expert_id = :expert and secret_hash = :hash")
                .bind("expert", expertId).bind("hash", hash(secret)).mapTo(String.class).findOne());
        LgCode lead = LgCode.parse(tenant.orElseThrow(ExpertCalendars::notFound));
        return transactions.inTenant(lead, h -> {
            Expert expert = h.attach(ExpertDao.class).find(expertId).orElseThrow(ExpertCalendars::notFound);
            List<CalendarVisit> visits = h.createQuery("select id, tenant_code, topic, mode, visit_start, visit_end, status"
                            + " from expert_requests where assigned_expert_id = :expert"
                            + " and status in ('CONFIRMED', 'COMPLETED') and visit_start is not null order by visit_start")
                    .bind("expert", expertId)
                    .map((rs, ctx) -> new CalendarVisit(rs.getObject("id", UUID.class),
                            townName(rs.getString("tenant_code")), rs.getString("topic"),
                            VisitMode.valueOf(rs.getString("mode")),
                            rs.getTimestamp("visit_start").toInstant(), rs.getTimestamp("visit_end").toInstant(),
                            RequestStatus.valueOf(rs.getString("status"))))
                    .list();
            return ExpertCalendarIcs.render(expert.name(), visits);
        });
    }

    private String townName(String code) {
        return directory.tenant(LgCode.parse(code)).map(t -> t.nameJa()).orElse(code);
    }

    private static String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No calendar at this address; ask the expert or the coordinator for the"
                + " current calendar URL (it changes when a new one is made).");
    }
}
