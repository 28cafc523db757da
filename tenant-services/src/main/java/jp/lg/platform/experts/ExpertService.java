package jp.lg.platform.experts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;

/**
 * The shared experts of a collaboration's lead. Coordinators register and change them; an expert
 * changes their own availability. Runs in the caller's tenant, so other tenants' experts do not exist.
 */
public final class ExpertService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final ExpertRules rules;
    private final ExpertEvents events;

    ExpertService(TenantTransactions transactions, DirectoryService directory, DispatchCatalogue catalogue,
            ExpertEvents events) {
        this.transactions = transactions;
        this.directory = directory;
        this.rules = new ExpertRules(catalogue);
        this.events = events;
    }

    public List<Expert> page(LgPrincipal caller, UUID after, int limit) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> h.attach(ExpertDao.class).page(after, limit));
    }

    public Expert get(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> h.attach(ExpertDao.class).find(id))
                .orElseThrow(() -> notFound(id));
    }

    /** Registers an expert; 400 naming every bad field, 409 when the Keycloak user is already an expert. */
    public Expert register(LgPrincipal coordinator, ExpertInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        check(input, lead);
        Expert expert = new Expert(UUID.randomUUID(), lead, input.collaborationCode(), input.name().strip(),
                input.specialties(), LgCode.parse(input.homeOfficeCode()), input.weeklyVisitLimit(), input.username(),
                AvailabilityPattern.NONE);
        return transactions.inTenant(lead, h -> {
            if (!h.attach(ExpertDao.class).insert(expert)) {
                throw new ProblemException(ProblemType.ALREADY_EXISTS, "The user " + input.username()
                        + " is already registered as an expert.");
            }
            events.changed(h, expert, "registered", CommandContext.of(coordinator));
            return expert;
        });
    }

    /** Replaces an expert's entry (not their availability); collaboration and username cannot change. */
    public Expert replace(LgPrincipal coordinator, UUID id, ExpertInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        check(input, lead);
        return transactions.inTenant(lead, h -> {
            ExpertDao dao = h.attach(ExpertDao.class);
            Expert current = dao.lock(id).orElseThrow(() -> notFound(id));
            if (!current.collaborationCode().equals(input.collaborationCode())) {
                throw ProblemException.invalidField("collaborationCode", "must stay " + current.collaborationCode());
            }
            if (!current.username().equals(input.username())) {
                throw ProblemException.invalidField("username", "must stay " + current.username()
                        + "; register the other user as a new expert");
            }
            Expert changed = current.with(input);
            if (!changed.equals(current)) {
                dao.update(changed);
                events.changed(h, changed, "updated", CommandContext.of(coordinator));
            }
            return changed;
        });
    }

    /** Replaces the availability: the expert themselves, or a coordinator of the lead. */
    public Expert replaceAvailability(LgPrincipal caller, UUID id, AvailabilityPattern pattern) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            ExpertDao dao = h.attach(ExpertDao.class);
            Expert current = dao.lock(id).orElseThrow(() -> notFound(id));
            if (!caller.hasRole(Role.COORDINATOR) && !current.username().equals(caller.username())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Experts change only their own availability.");
            }
            Expert changed = current.with(pattern);
            if (!changed.equals(current)) {
                dao.update(changed);
                events.changed(h, changed, "availability", CommandContext.of(caller));
            }
            return changed;
        });
    }

    private void check(ExpertInput input, LgCode lead) {
        Optional<Collaboration> collaboration = directory.collaboration(input.collaborationCode());
        List<FieldError> errors = rules.check(input, collaboration, lead);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("No expert " + id + " is visible to you.");
    }
}
