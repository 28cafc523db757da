package jp.lg.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Supplier;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.jobs.PeriodicJob;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.directory.DirectoryService;

/**
 * Closes the surveys whose deadline has passed (締切) and emits {@code SurveyClosed} for each, exactly
 * once: the survey is marked closed at its deadline only where it is still open, in the same transaction
 * of its lead's tenant as the event, so several instances or repeated runs never emit twice. A survey
 * belongs to its lead's tenant, so each lead's surveys are looked at in turn. Run by a {@link PeriodicJob}.
 */
final class SurveyDeadlines {

    /** {@code closed_by} of a survey closed by its deadline rather than by a person. */
    static final String BY_DEADLINE = "deadline";

    private final TenantTransactions transactions;
    private final SurveyAccess access;
    private final SurveyEvents events;
    private final Supplier<Collection<LgCode>> leads;
    private final Clock clock;

    SurveyDeadlines(TenantTransactions transactions, SurveyAccess access, SurveyEvents events,
            Supplier<Collection<LgCode>> leads, Clock clock) {
        this.transactions = transactions;
        this.access = access;
        this.events = events;
        this.leads = leads;
        this.clock = clock;
    }

    /** Closes every survey past its deadline now; how many this run closed. */
    int run() {
        Instant now = clock.instant();
        int closed = 0;
        for (LgCode lead : leads.get()) {
            closed += transactions.inTenant(lead, h -> {
                SurveyStore store = new SurveyStore(h);
                int n = 0;
                for (Survey survey : store.openPast(now)) {
                    // only the transaction that still finds it open closes it (the update waits for any other)
                    if (store.close(survey.id(), survey.deadline(), BY_DEADLINE)) {
                        events.closed(h, survey, access.progress(h, survey), CommandContext.system());
                        n++;
                    }
                }
                return n;
            });
        }
        return closed;
    }

    /** The leads of the collaborations of {@code directory}, each once. */
    static Supplier<Collection<LgCode>> leadsOf(DirectoryService directory) {
        return () -> directory.collaborations().stream().map(Collaboration::leadCode).distinct().toList();
    }
}
