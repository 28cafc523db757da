package jp.lg.platform.procedures;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;

/**
 * Standard definitions: a coordinator of a collaboration's lead publishes version 1 and later
 * versions, each saying what changed; the lead and the members read them. Each publication is one
 * tenant transaction that writes the version and its event, or nothing.
 */
public final class ProcedureService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final ProcedureEvents events;
    private final Clock clock;

    ProcedureService(TenantTransactions transactions, DirectoryService directory, ProcedureEvents events, Clock clock) {
        this.transactions = transactions;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Version 1 of a new procedure; 400 naming every bad field, 403 for a non-lead, 409 for a code in use. */
    public Procedure publish(LgPrincipal coordinator, ProcedureInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        Optional<Collaboration> collaboration = directory.collaboration(input.collaborationCode());
        if (collaboration.isEmpty()) {
            throw ProblemException.invalid(List.of(new FieldError("collaborationCode",
                    "連携が見つかりません / no collaboration has the code '" + input.collaborationCode() + "'")));
        }
        if (!collaboration.get().leadCode().equals(lead)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "標準手続は連携の代表団体が公開します / Only the lead of "
                    + input.collaborationCode() + " (" + collaboration.get().leadCode() + ") publishes its standard procedures.");
        }
        check(input.definition(), "definition.");
        Procedure p = new Procedure(input.code(), 1, input.collaborationCode(), lead.value(), "初版 / first version",
                coordinator.userId(), clock.instant(), input.definition());
        return transactions.inTenant(lead, h -> {
            if (!new ProcedureStore(h).insert(p)) {
                throw new ProblemException(ProblemType.ALREADY_EXISTS, "手続コード '" + p.code()
                        + "' は使用済みです / The procedure code '" + p.code()
                        + "' is taken; publish a new version of it or choose another code.");
            }
            events.published(h, p, CommandContext.of(coordinator));
            return p;
        });
    }

    /** The next version of a procedure the caller's tenant leads; 404 if not visible, 403 for a member. */
    public Procedure publishVersion(LgPrincipal coordinator, String code, VersionInput input) {
        LgCode lead = Callers.tenantOf(coordinator);
        check(input.definition(), "definition.");
        return transactions.inTenant(lead, h -> {
            ProcedureStore store = new ProcedureStore(h);
            Procedure latest = store.latest(code).orElseThrow(() -> Callers.noProcedure(code));
            if (!latest.leadCode().equals(lead.value())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "新しい版は代表団体が公開します / Only the lead ("
                        + latest.leadCode() + ") publishes new versions of " + code + ".");
            }
            Procedure next = new Procedure(code, latest.version() + 1, latest.collaborationCode(), lead.value(),
                    input.changes().strip(), coordinator.userId(), clock.instant(), input.definition());
            if (!store.insert(next)) {
                throw new ProblemException(ProblemType.CONFLICT, "同時に別の版が公開されました / Version " + next.version()
                        + " of " + code + " was published meanwhile; look at it and try again.");
            }
            events.published(h, next, CommandContext.of(coordinator));
            return next;
        });
    }

    public List<Procedure> list(LgPrincipal caller) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> new ProcedureStore(h).latestOfEach());
    }

    /** The latest version, or {@code version} when given. */
    public Procedure get(LgPrincipal caller, String code, Optional<Integer> version) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> version
                .map(v -> new ProcedureStore(h).version(code, v))
                .orElseGet(() -> new ProcedureStore(h).latest(code)))
                .orElseThrow(() -> Callers.noProcedure(code));
    }

    public List<Procedure> versions(LgPrincipal caller, String code) {
        List<Procedure> versions = transactions.inTenant(Callers.tenantOf(caller), h -> new ProcedureStore(h).versions(code));
        if (versions.isEmpty()) {
            throw Callers.noProcedure(code);
        }
        return versions;
    }

    private static void check(ProcedureDefinition definition, String prefix) {
        List<FieldError> errors = DefinitionRules.check(definition, prefix);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
