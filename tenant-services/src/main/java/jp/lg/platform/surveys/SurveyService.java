package jp.lg.platform.surveys;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
 * Surveys (業務量調査) of a collaboration: its lead's coordinator publishes and closes them, the lead
 * and the members read them with the progress of the towns. Each change is one tenant transaction
 * that writes the survey and its event, or nothing.
 */
public final class SurveyService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final SurveyAccess access;
    private final SurveyEvents events;
    private final Clock clock;

    SurveyService(TenantTransactions transactions, DirectoryService directory, SurveyEvents events, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.access = new SurveyAccess(directory);
        this.events = events;
        this.clock = clock;
    }

    /** A new survey; 400 naming every bad field, 403 unless the caller's tenant leads the collaboration. */
    public SurveyView publish(LgPrincipal coordinator, SurveyInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        Optional<Collaboration> collaboration = directory.collaboration(input.collaborationCode());
        if (collaboration.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldError("collaborationCode",
                    "連携が見つかりません / no collaboration has the code '" + input.collaborationCode() + "'")));
        }
        if (!collaboration.get().leadCode().equals(lead)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "調査は連携の代表団体が作成します / Only the lead of "
                    + input.collaborationCode() + " (" + collaboration.get().leadCode() + ") defines its surveys.");
        }
        Instant now = clock.instant();
        List<FieldError> errors = SurveyRules.check(input, now);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Survey s = new Survey(UUID.randomUUID(), input.collaborationCode(), lead.value(), input.titleJa().strip(),
                input.titleEn().strip(), input.definition(), input.deadline().toInstant(),
                Boolean.TRUE.equals(input.openResultsWhenAllSubmitted()), Optional.empty(), coordinator.username(), now);
        return transactions.inTenant(lead, h -> {
            new SurveyStore(h).insert(s);
            SurveyView.Progress progress = access.progress(h, s);
            events.published(h, s, progress.members(), CommandContext.of(coordinator));
            return SurveyView.of(s, progress, true, now);
        });
    }

    /** The surveys of the collaborations the caller's tenant leads or belongs to, newest first. */
    public List<SurveyView> list(LgPrincipal caller) {
        return transactions.inTenant(Callers.tenantOf(caller), h ->
                new SurveyStore(h).visible().stream().map(s -> view(h, s)).toList());
    }

    public SurveyView get(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> view(h, access.require(h, id)));
    }

    /** Closes a survey before its deadline (the lead's coordinator): answers stop, results open to the members. */
    public SurveyView close(LgPrincipal coordinator, UUID id) {
        LgCode tenant = Callers.tenantOf(coordinator);
        return transactions.inTenant(tenant, h -> {
            SurveyStore store = new SurveyStore(h);
            Survey s = access.require(h, id);
            if (!s.leadCode().equals(tenant.value())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "調査を締め切るのは代表団体です / Only the lead ("
                        + s.leadCode() + ") closes this survey.");
            }
            Instant now = clock.instant();
            Survey locked = store.lock(id).orElseThrow();
            if (!locked.acceptsAnswers(now) || !store.close(id, now, coordinator.username())) {
                throw Surveys.closed(locked);
            }
            Survey closed = store.find(id).orElseThrow();
            SurveyView.Progress progress = access.progress(h, closed);
            events.closed(h, closed, progress, CommandContext.of(coordinator));
            return SurveyView.of(closed, progress, true, now);
        });
    }

    private SurveyView view(Handle h, Survey s) {
        return SurveyView.of(s, access.progress(h, s), new SurveyStore(h).resultsOpen(s.id()), clock.instant());
    }
}
