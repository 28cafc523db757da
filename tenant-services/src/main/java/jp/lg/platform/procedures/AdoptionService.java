package jp.lg.platform.procedures;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Handle;

/**
 * Adoptions of standard procedures by member towns, with their variants; the drift report and the
 * preview of moving to another version. A town sees its own adoption, the lead every member's.
 */
public final class AdoptionService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final ProcedureEvents events;
    private final Clock clock;

    AdoptionService(TenantTransactions transactions, DirectoryService directory, ProcedureEvents events, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The caller's town adopts a version (or moves to it); 404 for a version it cannot see, 400 for bad variants. */
    public AdoptionView adopt(LgPrincipal staff, String code, AdoptionInput input) {
        LgCode town = Callers.tenantOf(staff);
        return transactions.inTenant(town, h -> {
            Procedure p = new ProcedureStore(h).version(code, input.version()).orElseThrow(() -> Callers.noProcedure(code
                    + " version " + input.version()));
            boolean member = directory.collaboration(p.collaborationCode()).map(Collaboration::members)
                    .filter(m -> m.contains(town)).isPresent();
            if (!member) {
                throw new ProblemException(ProblemType.FORBIDDEN, "手続を採用できるのは連携の構成市町村です / Only member towns of "
                        + p.collaborationCode() + " adopt its procedures.");
            }
            List<FieldError> errors = VariantRules.check(p.definition(), input.variants());
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            Adoption a = new Adoption(UUID.randomUUID(), town.value(), code, p.version(), p.collaborationCode(),
                    p.leadCode(), input.variants(), staff.userId(), clock.instant());
            new AdoptionStore(h).replace(a);
            Drift.TownDrift drift = Drift.of(a.town(), townName(a.town()), a.version(), p.definition(), a.variants());
            events.adopted(h, a, drift, CommandContext.of(staff));
            return new AdoptionView(a, drift, EffectiveDefinition.of(p.definition(), a.variants()));
        });
    }

    /** The adoptions in force the caller may see: the lead's users every member's, a town's staff their own. */
    public List<AdoptionView> list(LgPrincipal caller, String code) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            requireVisible(h, code);
            return new AdoptionStore(h).current(code).stream().map(a -> view(h, a)).toList();
        });
    }

    public DriftReport drift(LgPrincipal caller, String code) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            Procedure latest = requireVisible(h, code);
            List<Drift.TownDrift> towns = new AdoptionStore(h).current(code).stream().map(a -> view(h, a).drift()).toList();
            if (!latest.leadCode().equals(tenant.value())) {
                return new DriftReport(code, latest.version(), latest.collaborationCode(), null, null, null, towns, List.of());
            }
            List<String> members = directory.collaboration(latest.collaborationCode()).map(Collaboration::members)
                    .orElse(List.of()).stream().map(LgCode::value).toList();
            List<Drift.TownDrift> ofMembers = towns.stream().filter(t -> members.contains(t.town())).toList();
            List<String> missing = members.stream().filter(m -> ofMembers.stream().noneMatch(t -> t.town().equals(m))).toList();
            return new DriftReport(code, latest.version(), latest.collaborationCode(), members.size(), ofMembers.size(),
                    Drift.score(ofMembers, members.size()), ofMembers, missing);
        });
    }

    /** What {@code town} would gain and lose by moving to version {@code to}; the town itself or the lead. */
    public UpgradePreview upgrade(LgPrincipal caller, String code, String town, int to) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            ProcedureStore procedures = new ProcedureStore(h);
            Adoption a = new AdoptionStore(h).current(code, town).orElseThrow(() -> ProblemException.notFound(
                    town + " の " + code + " の採用は見つかりません / No adoption of " + code + " by " + town
                            + " is visible to you."));
            Procedure from = procedures.version(code, a.version()).orElseThrow();
            Procedure target = procedures.version(code, to).orElseThrow(() -> Callers.noProcedure(code + " version " + to));
            List<String> notes = procedures.versions(code).stream()
                    .filter(p -> p.version() > Math.min(a.version(), to) && p.version() <= Math.max(a.version(), to))
                    .map(p -> "v" + p.version() + ": " + p.changes()).toList();
            return UpgradePreview.of(town, from, target, notes, a.variants());
        });
    }

    /** The adoption in force of {@code town} and the definition its applications follow, inside its tenant. */
    static Optional<AdoptionView> inForce(Handle h, String code, String town) {
        return new AdoptionStore(h).current(code, town).map(a -> {
            Procedure p = new ProcedureStore(h).version(code, a.version()).orElseThrow();
            return new AdoptionView(a, Drift.of(a.town(), null, a.version(), p.definition(), a.variants()),
                    EffectiveDefinition.of(p.definition(), a.variants()));
        });
    }

    private AdoptionView view(Handle h, Adoption a) {
        Procedure p = new ProcedureStore(h).version(a.procedureCode(), a.version()).orElseThrow();
        return new AdoptionView(a, Drift.of(a.town(), townName(a.town()), a.version(), p.definition(), a.variants()),
                EffectiveDefinition.of(p.definition(), a.variants()));
    }

    private static Procedure requireVisible(Handle h, String code) {
        return new ProcedureStore(h).latest(code).orElseThrow(() -> Callers.noProcedure(code));
    }

    private String townName(String code) {
        return directory.tenant(LgCode.parse(code)).map(Tenant::nameJa).orElse(code);
    }
}
