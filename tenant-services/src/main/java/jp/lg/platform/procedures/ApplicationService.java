package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.jdbi.v3.core.Handle;

/**
 * Applications to a town's adopted procedures: entered at the counter by staff or online by
 * residents, validated against the adopted definition, moved through its stages by staff. Each
 * change writes the row, its history, its lookup row and its event in one tenant transaction, or
 * nothing. Only the town's own staff see its applications.
 */
public final class ApplicationService {

    /** The actor recorded for what residents do online, who have no account. */
    static final String RESIDENT = "resident";

    private final TenantTransactions transactions;
    private final BusinessCalendar calendar;
    private final ApplicationEvents events;
    private final Clock clock;

    ApplicationService(TenantTransactions transactions, BusinessCalendar calendar, ApplicationEvents events, Clock clock) {
        this.transactions = transactions;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
    }

    public ApplicationView submitAtCounter(LgPrincipal staff, StaffApplicationInput input) {
        LgCode town = Callers.tenantOf(staff);
        return transactions.inTenant(town, h -> {
            Submitted s = submit(h, town, input.procedureCode(), input.fields(), input.attachments(), Channel.COUNTER,
                    Optional.of(staff.userId()), CommandContext.of(staff));
            return ApplicationView.of(s.application(), s.definition(), new ApplicationStore(h).history(s.application().id()),
                    List.of(), clock.instant());
        });
    }

    /** A resident's online application to {@code town}; 404 when the town has not adopted the procedure. */
    public PublicReceipt submitOnline(LgCode town, String code, OnlineApplicationInput input) {
        String secret = ApplicationSecrets.newSecret();
        Application a = transactions.inTenant(town, h -> submit(h, town, code, input.fields(), input.attachments(),
                Channel.ONLINE, Optional.empty(), new CommandContext(RESIDENT, UUID.randomUUID().toString()),
                ApplicationSecrets.hash(secret)).application());
        return new PublicReceipt(a.reference(), secret, "/public/v1/applications/" + a.reference(), a.feeYen());
    }

    public ApplicationView get(LgPrincipal staff, UUID id) {
        return transactions.inTenant(Callers.tenantOf(staff), h -> {
            Application a = new ApplicationStore(h).find(id).orElseThrow(() -> notFound(id));
            return ApplicationView.of(a, definitionOf(h, a), new ApplicationStore(h).history(id),
                    new ApplicationFileStore(h).of(id), clock.instant());
        });
    }

    public List<ApplicationView> page(LgPrincipal staff, long afterSeq, String procedureCode, String stage, int limit) {
        return transactions.inTenant(Callers.tenantOf(staff), h -> new ApplicationStore(h)
                .page(afterSeq, procedureCode, stage, limit).stream()
                .map(a -> ApplicationView.of(a, definitionOf(h, a), List.of(), List.of(), clock.instant())).toList());
    }

    /**
     * Moves the application to {@code input.to()}; 409 {@code invalid-transition} when its definition does not allow it.
     * A resubmission (RESUBMIT, from 差戻し) is validated like a new application, with the corrected form if given.
     */
    public ApplicationView move(LgPrincipal staff, UUID id, TransitionInput input) {
        return transactions.inTenant(Callers.tenantOf(staff), h -> {
            ApplicationStore store = new ApplicationStore(h);
            Application current = store.lock(id).orElseThrow(() -> notFound(id));
            ProcedureDefinition d = definitionOf(h, current);
            StageTransition t = d.transition(current.stage(), input.to()).orElseThrow(() -> new ProblemException(
                    ProblemType.INVALID_TRANSITION, "現在の段階 " + current.stage() + " から " + input.to()
                    + " には進めません / An application in " + current.stage() + " cannot move to " + input.to()
                    + "; allowed: " + ApplicationView.of(current, d, List.of(), List.of(), clock.instant()).nextStages() + "."));
            requireComment(t, input);
            RequiredFiles.requireOn(d, t, new ApplicationFileStore(h).codes(id));
            Map<String, JsonNode> fields = current.fields();
            List<String> attachments = current.attachments();
            if (t.kind() == TransitionKind.RESUBMIT) {
                fields = input.fields() == null ? fields : present(input.fields());
                attachments = input.attachments() == null ? attachments : List.copyOf(input.attachments());
                valid(d, fields, attachments);
            }
            Application after = change(h, current, d, t, fields, attachments, staff.userId(), input.comment(),
                    CommandContext.of(staff));
            return ApplicationView.of(after, d, store.history(id), new ApplicationFileStore(h).of(id), after.stageEnteredAt());
        });
    }

    /**
     * The applicant's correction of a returned application (差戻し), opened online by reference and
     * secret: validated like a new application, then resubmitted to the stage {@link Resubmission}
     * chooses. 409 {@code invalid-transition} when the application is not waiting for a correction.
     */
    public void resubmitOnline(LgCode town, UUID id, OnlineApplicationInput input) {
        transactions.inTenant(town, h -> {
            Application current = new ApplicationStore(h).lock(id).orElseThrow(() -> notFound(id));
            ProcedureDefinition d = definitionOf(h, current);
            StageTransition t = Resubmission.of(d, current.stage(), new ApplicationStore(h).history(id));
            Map<String, JsonNode> fields = present(input.fields());
            valid(d, fields, input.attachments());
            return change(h, current, d, t, fields, input.attachments(), RESIDENT, null,
                    new CommandContext(RESIDENT, UUID.randomUUID().toString()));
        });
    }

    /** Writes the move with its history entry and event; the new stage's SLA clock starts now. */
    private Application change(Handle h, Application current, ProcedureDefinition d, StageTransition t,
            Map<String, JsonNode> fields, List<String> attachments, String actor, String comment, CommandContext command) {
        ApplicationStore store = new ApplicationStore(h);
        Instant now = clock.instant();
        Application after = current.moved(t.to(), now, dueOn(d, t.to(), now), fields, attachments, fee(d, fields));
        store.update(after);
        store.record(after, new HistoryEntry(current.stage(), after.stage(), t.kind().name(), actor,
                blankToNull(comment), now));
        events.moved(h, current, after, t.kind().name(), command);
        return after;
    }

    private Submitted submit(Handle h, LgCode town, String code, Map<String, JsonNode> raw, List<String> attachments,
            Channel channel, Optional<String> enteredBy, CommandContext command) {
        return submit(h, town, code, raw, attachments, channel, enteredBy, command,
                ApplicationSecrets.hash(ApplicationSecrets.newSecret()));
    }

    private Submitted submit(Handle h, LgCode town, String code, Map<String, JsonNode> raw, List<String> attachments,
            Channel channel, Optional<String> enteredBy, CommandContext command, byte[] secretHash) {
        AdoptionView adoption = AdoptionService.inForce(h, code, town.value()).orElseThrow(() -> ProblemException.notFound(
                "この手続は" + town + "では受け付けていません / " + town + " has not adopted the procedure '" + code + "'."));
        ProcedureDefinition d = adoption.effectiveDefinition();
        Map<String, JsonNode> fields = present(raw);
        valid(d, fields, attachments);
        Instant now = clock.instant();
        String first = d.firstStage().code();
        Application a = new ApplicationStore(h).insert(new Application(UUID.randomUUID(), 0, town.value(),
                ApplicationSecrets.newReference(), code, adoption.adoption().version(), adoption.adoption().id(), channel,
                first, fields, attachments, fee(d, fields), now, dueOn(d, first, now), enteredBy, now), secretHash);
        new ApplicationStore(h).record(a, new HistoryEntry(null, first, "SUBMIT",
                enteredBy.orElse(RESIDENT), null, now));
        events.moved(h, null, a, "SUBMIT", command);
        return new Submitted(a, d);
    }

    static ProcedureDefinition definitionOf(Handle h, Application a) {
        Adoption adoption = new AdoptionStore(h).byId(a.adoptionId()).orElseThrow();
        Procedure p = new ProcedureStore(h).version(a.procedureCode(), adoption.version()).orElseThrow();
        return EffectiveDefinition.of(p.definition(), adoption.variants());
    }

    private Optional<LocalDate> dueOn(ProcedureDefinition d, String stage, Instant entered) {
        return d.stage(stage).map(Stage::slaBusinessDays).map(days -> calendar.dueOn(entered, days));
    }

    private static int fee(ProcedureDefinition d, Map<String, JsonNode> fields) {
        if (d.feePerUnitOf() == null || fields.get(d.feePerUnitOf()) == null) {
            return d.feeYen();
        }
        long units = Math.max(0, fields.get(d.feePerUnitOf()).asLong());
        return (int) Math.min(Integer.MAX_VALUE, d.feeYen() * units);
    }

    private static void valid(ProcedureDefinition d, Map<String, JsonNode> fields, List<String> attachments) {
        List<FieldError> errors = FormValidation.check(d, fields, attachments);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The form without absent values (JSON null), which count as not filled in. */
    private static Map<String, JsonNode> present(Map<String, JsonNode> raw) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        raw.forEach((name, value) -> {
            if (value != null && !value.isNull()) {
                fields.put(name, value);
            }
        });
        return fields;
    }

    private static void requireComment(StageTransition t, TransitionInput input) {
        boolean needs = t.kind() == TransitionKind.RETURN || t.kind() == TransitionKind.REJECT;
        if (needs && (input.comment() == null || input.comment().isBlank())) {
            throw ProblemException.invalidField("comment", "差戻し・却下には理由が必要です / a return or rejection needs"
                    + " a comment for the applicant");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static ProblemException notFound(UUID id) {
        return ProblemException.notFound("申請 " + id + " は見つかりません / No application " + id + " is visible to you.");
    }

    private record Submitted(Application application, ProcedureDefinition definition) {}
}
