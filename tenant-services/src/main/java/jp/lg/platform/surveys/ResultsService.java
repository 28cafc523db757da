package jp.lg.platform.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.directory.DirectoryService;

/**
 * The comparison across towns: the lead reads it all along, the members once the results are open
 * (closed, past the deadline, or all submitted when the lead allowed that); populations come from
 * the directory.
 */
public final class ResultsService {

    private final TenantTransactions transactions;
    private final SurveyAccess access;

    ResultsService(TenantTransactions transactions, DirectoryService directory) {
        this.transactions = transactions;
        this.access = new SurveyAccess(directory);
    }

    /** The results; 403 with the opening time before they open to the caller, 404 for a survey it cannot see. */
    public ResultsView results(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            Survey s = access.require(h, id);
            SurveyStore store = new SurveyStore(h);
            if (!store.resultsOpen(id)) {
                throw Surveys.resultsNotOpen(s, access.progress(h, s));
            }
            Map<String, SurveyResponse> answered = store.responses(id).stream()
                    .collect(Collectors.toMap(SurveyResponse::town, Function.identity()));
            List<SurveyResults.Town> towns = access.members(s).stream().map(code -> {
                Tenant t = access.town(code);
                Optional<SurveyResults.Submitted> answers = Optional.ofNullable(answered.get(code))
                        .map(r -> new SurveyResults.Submitted(r.answers(), r.submittedAt()));
                return new SurveyResults.Town(code, t.nameJa(), t.nameEn(), t.population(),
                        PopulationBand.of(t.aizuGroup(), t.population()), answers);
            }).toList();
            return SurveyResults.of(s, towns);
        });
    }
}
