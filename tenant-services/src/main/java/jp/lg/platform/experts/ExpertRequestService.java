package jp.lg.platform.experts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Handle;

/**
 * Expert requests: municipal staff submit them within their programme caps, the lead's coordinator
 * triages or declines them, the assigned expert releases or reports on them. Each change is one
 * tenant transaction that writes the row and its event, or nothing.
 */
public final class ExpertRequestService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final DispatchCatalogue catalogue;
    private final RequestRules rules;
    private final DispatchCaps caps;
    private final RequestEvents events;
    private final Clock clock;

    ExpertRequestService(TenantTransactions transactions, DirectoryService directory, DispatchCatalogue catalogue,
            RequestEvents events, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.catalogue = catalogue;
        this.rules = new RequestRules(catalogue);
        this.caps = new DispatchCaps(catalogue);
        this.events = events;
        this.clock = clock;
    }

    /** Submits a request for the caller's town; 400 naming every bad field, 409 {@code quota-exceeded} beyond a cap. */
    public ExpertRequest submit(LgPrincipal staff, ExpertRequestInput input) {
        LgCode town = Callers.tenantOf(staff);
        Optional<Collaboration> collaboration = directory.collaboration(input.collaborationCode());
        List<FieldError> errors = rules.check(input, collaboration, town, clock.instant());
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Programme programme = catalogue.programme(input.programme()).orElseThrow();
        FiscalYear fiscalYear = RequestRules.fiscalYearOf(input.preferredWindows());
        ExpertRequest request = new ExpertRequest(UUID.randomUUID(), 0, town, input.collaborationCode(),
                collaboration.orElseThrow().leadCode(), programme.code(), input.specialty(), input.topic().strip(),
                input.description().strip(), input.mode(), input.durationMinutes(), input.urgency(),
                input.preferredWindows().stream().map(PreferredWindow::inTokyo).toList(), fiscalYear,
                RequestStatus.SUBMITTED, Optional.empty(), Optional.empty(), Optional.empty(), staff.userId(),
                clock.instant(), Optional.empty());
        return transactions.inTenant(town, h -> {
            ExpertRequestDao dao = h.attach(ExpertRequestDao.class);
            dao.lockCaps(town.value(), fiscalYear.startYear());
            caps.breachOfOneMore(programme, dao.liveCounts(town.value(), fiscalYear.startYear()), fiscalYear)
                    .ifPresent(breach -> {
                        throw breach.toProblem();
                    });
            dao.insert(request);
            events.submitted(h, request, CommandContext.of(staff));
            return request;
        });
    }

    /** The requests the caller may see, in submission order, after {@code afterSeq}. */
    public List<ExpertRequest> page(LgPrincipal caller, long afterSeq, int limit) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> h.attach(ExpertRequestDao.class).page(afterSeq,
                caller.hasRole(Role.STAFF) ? tenant.value() : null,
                caller.hasRole(Role.COORDINATOR) ? tenant.value() : null,
                expertIdOf(h, caller).orElse(null), limit));
    }

    public ExpertRequest get(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> h.attach(ExpertRequestDao.class).find(id)
                .filter(r -> RequestVisibility.canSee(caller, r, expertIdOf(h, caller))))
                .orElseThrow(() -> notFound(id));
    }

    public ExpertRequest triage(LgPrincipal coordinator, UUID id) {
        return move(coordinator, id, RequestTransition.TRIAGE, (r, next) -> r.moved(next, r.assignedExpert(), r.reason(), r.report()));
    }

    public ExpertRequest decline(LgPrincipal coordinator, UUID id, String reason) {
        return move(coordinator, id, RequestTransition.DECLINE, (r, next) -> r.moved(next, r.assignedExpert(),
                Optional.of(reason.strip()), r.report()));
    }

    public ExpertRequest cancel(LgPrincipal caller, UUID id, String reason) {
        return move(caller, id, RequestTransition.CANCEL, (r, next) -> r.moved(next, r.assignedExpert(),
                Optional.of(reason.strip()), r.report()));
    }

    /** The assigned expert cannot make a confirmed visit: back to TRIAGED, unassigned, to be planned again. */
    public ExpertRequest release(LgPrincipal expert, UUID id, String reason) {
        return move(expert, id, RequestTransition.RELEASE, (r, next) -> r.moved(next, Optional.empty(),
                Optional.of(reason.strip()), r.report()).withVisit(Optional.empty()));
    }

    public ExpertRequest report(LgPrincipal expert, UUID id, VisitReport report) {
        return move(expert, id, RequestTransition.COMPLETE, (r, next) -> r.moved(next, r.assignedExpert(), r.reason(),
                Optional.of(report)));
    }

    private ExpertRequest move(LgPrincipal caller, UUID id, RequestTransition transition,
            BiFunction<ExpertRequest, RequestStatus, ExpertRequest> change) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            ExpertRequestDao dao = h.attach(ExpertRequestDao.class);
            ExpertRequest current = dao.lock(id)
                    .filter(r -> RequestVisibility.canSee(caller, r, expertIdOf(h, caller)))
                    .orElseThrow(() -> notFound(id));
            ExpertRequest after = change.apply(current, RequestLifecycle.apply(current.status(), transition));
            dao.update(after);
            events.statusChanged(h, current, after, transition, CommandContext.of(caller));
            return after;
        });
    }

    private static Optional<UUID> expertIdOf(Handle h, LgPrincipal caller) {
        return caller.hasRole(Role.EXPERT) ? h.attach(ExpertDao.class).idOf(caller.username()) : Optional.empty();
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No expert request " + id + " is visible to you.");
    }
}
