package jp.lg.platform.surveys;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.core.web.Tables;
import jp.lg.platform.directory.DirectoryService;

/**
 * Member towns' answers: sent as JSON or as the survey's .xlsx file, replacing earlier answers until
 * the survey closes; the template pre-filled with the town's answers; per-town status for the lead.
 * An answer is one tenant transaction (answers, submission, event) or nothing.
 */
public final class ResponseService {

    private final TenantTransactions transactions;
    private final SurveyAccess access;
    private final SurveyEvents events;
    private final Clock clock;

    ResponseService(TenantTransactions transactions, DirectoryService directory, SurveyEvents events, Clock clock) {
        this.transactions = transactions;
        this.access = new SurveyAccess(directory);
        this.events = events;
        this.clock = clock;
    }

    /** The caller's town's answers as JSON; 400 naming every bad value, 403 for a non-member, 409 once closed. */
    public ResponseView answer(LgPrincipal staff, UUID id, ResponseInput input) {
        return submit(staff, id, false, d -> JsonAnswers.read(d, input.answers()));
    }

    /** The caller's town's answers as the survey's .xlsx; 400 naming every bad cell (or a file that is no workbook). */
    public ResponseView upload(LgPrincipal staff, UUID id, byte[] xlsx) {
        return submit(staff, id, true, d -> SurveySheet.read(d, new ByteArrayInputStream(xlsx)));
    }

    private ResponseView submit(LgPrincipal staff, UUID id, boolean viaSpreadsheet,
            Function<SurveyDefinition, Answers> reader) {
        LgCode town = Callers.tenantOf(staff);
        return transactions.inTenant(town, h -> {
            Survey s = access.require(h, id);
            if (!access.members(s).contains(town.value())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "回答するのは連携の構成団体です / Only member towns of "
                        + s.collaborationCode() + " answer its surveys.");
            }
            Instant now = clock.instant();
            if (!s.acceptsAnswers(now)) {
                throw Surveys.closed(s);
            }
            Answers answers = reader.apply(s.definition());
            SurveyResponse saved = new SurveyStore(h).save(s, town.value(), answers, viaSpreadsheet, staff.userId(),
                    staff.username(), now);
            events.submitted(h, saved, access.progress(h, s), CommandContext.of(staff));
            Tenant t = access.town(town.value());
            return ResponseView.of(t.code().value(), t.nameJa(), t.nameEn(), saved);
        });
    }

    /** The lead: every member's status and answers; a member: its own. */
    public List<ResponseView> responses(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            Survey s = access.require(h, id);
            SurveyStore store = new SurveyStore(h);
            List<String> towns = s.leadCode().equals(tenant.value()) ? access.members(s)
                    : access.members(s).stream().filter(tenant.value()::equals).toList();
            Map<String, SurveyResponse> answered = store.responses(id).stream()
                    .collect(Collectors.toMap(SurveyResponse::town, Function.identity()));
            return towns.stream().map(code -> {
                Tenant t = access.town(code);
                SurveyResponse r = answered.get(code);
                return r == null ? ResponseView.missing(code, t.nameJa(), t.nameEn())
                        : ResponseView.of(code, t.nameJa(), t.nameEn(), r);
            }).toList();
        });
    }

    /** The survey's .xlsx, pre-filled with the caller's town's current answers. */
    public byte[] template(LgPrincipal caller, UUID id) {
        LgCode tenant = Callers.tenantOf(caller);
        return transactions.inTenant(tenant, h -> {
            Survey s = access.require(h, id);
            Optional<Answers> mine = new SurveyStore(h).response(id, tenant.value()).map(SurveyResponse::answers);
            return Tables.xlsx(SurveySheet.template(s, mine));
        });
    }
}
