package jp.lg.platform.procedures;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.jobs.PeriodicJob;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import org.jdbi.v3.core.Jdbi;

/**
 * Flags applications whose stage has passed its SLA and emits {@code ApplicationStageOverdue},
 * exactly once per stage entry: the flag on the lookup row is set only where it is still unset for
 * that entry, in the same tenant transaction as the event, so several instances or repeated runs
 * never emit twice. Run by a {@link PeriodicJob} while the application is up.
 */
final class OverdueCheck {

    private final Jdbi jdbi;
    private final TenantTransactions transactions;
    private final ApplicationEvents events;
    private final Clock clock;

    OverdueCheck(Jdbi jdbi, ApplicationEvents events, Clock clock) {
        this.jdbi = jdbi;
        this.transactions = new TenantTransactions(jdbi);
        this.events = events;
        this.clock = clock;
    }

    /** Flags every stage overdue now; the number flagged by this run. */
    int run() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(BusinessCalendar.TOKYO).toLocalDate();
        List<Due> due = jdbi.withHandle(h -> h.createQuery("select application_id, tenant_code, stage_entry, due_on"
                        + " from application_lookup where due_on < :today and overdue_flagged_at is null limit 1000")
                .bind("today", today)
                .map((rs, ctx) -> new Due(rs.getObject("application_id", UUID.class), rs.getString("tenant_code"),
                        rs.getInt("stage_entry"), rs.getDate("due_on").toLocalDate()))
                .list());
        int flagged = 0;
        for (Due d : due) {
            flagged += flag(d, now) ? 1 : 0;
        }
        return flagged;
    }

    private boolean flag(Due d, Instant now) {
        return transactions.inTenant(LgCode.parse(d.town()), h -> {
            int claimed = h.createUpdate("update application_lookup set overdue_flagged_at = :now"
                            + " where application_id = :id and stage_entry = :entry and overdue_flagged_at is null")
                    .bind("now", now).bind("id", d.id()).bind("entry", d.entry()).execute();
            if (claimed == 0) {
                return false;
            }
            Application a = new ApplicationStore(h).find(d.id()).orElseThrow();
            int sla = ApplicationService.definitionOf(h, a).stage(a.stage()).map(Stage::slaBusinessDays).orElse(0);
            events.overdue(h, a, d.dueOn(), sla, now);
            return true;
        });
    }

    private record Due(UUID id, String town, int entry, LocalDate dueOn) {}
}
