package jp.lg.platform.experts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.directory.DirectoryService;

/**
 * Reads the dispatch summary: the coordinator or analyst of a lead sees every member town of the
 * collaborations it leads, municipal staff see their own town. Counted inside the caller's tenant
 * transaction, so row-level security decides which requests are counted at all.
 */
final class DispatchSummaryService {

    private final TenantTransactions transactions;
    private final DirectoryService directory;
    private final DispatchCatalogue catalogue;

    DispatchSummaryService(TenantTransactions transactions, DirectoryService directory, DispatchCatalogue catalogue) {
        this.transactions = transactions;
        this.directory = directory;
        this.catalogue = catalogue;
    }

    /** {@code collaboration} narrows a lead's summary to one of its collaborations; unknown to the caller → 404. */
    DispatchSummary summary(LgPrincipal caller, FiscalYear year, Optional<String> collaboration) {
        LgCode tenant = Callers.tenantOf(caller);
        List<DispatchSummary.Town> towns = townsOf(caller, tenant, collaboration).stream()
                .map(code -> new DispatchSummary.Town(code.value(),
                        directory.tenant(code).map(t -> t.nameJa()).orElse(code.value())))
                .toList();
        Map<String, Map<String, DispatchSummary.Counts>> counts = transactions.inTenant(tenant, h -> {
            Map<String, Map<String, DispatchSummary.Counts>> byTown = new HashMap<>();
            h.createQuery("select tenant_code, programme, status, count(*)::int as n from expert_requests"
                            + " where fiscal_year = :year and tenant_code = any(:towns) group by 1, 2, 3")
                    .bind("year", year.startYear())
                    .bind("towns", towns.stream().map(DispatchSummary.Town::code).toArray(String[]::new))
                    .map((rs, ctx) -> {
                        byTown.computeIfAbsent(rs.getString("tenant_code"), town -> new HashMap<>())
                                .merge(rs.getString("programme"), DispatchSummary.Counts.NONE.plus(
                                        RequestStatus.valueOf(rs.getString("status")), rs.getInt("n")),
                                        DispatchSummary.Counts::plus);
                        return null;
                    })
                    .list();
            return byTown;
        });
        return DispatchSummary.of(year, towns, catalogue, counts);
    }

    private List<LgCode> townsOf(LgPrincipal caller, LgCode tenant, Optional<String> collaboration) {
        List<Collaboration> visible = directory.collaborations().stream()
                .filter(c -> leads(caller, tenant, c) || c.members().contains(tenant))
                .filter(c -> collaboration.map(c.code()::equals).orElse(true))
                .toList();
        if (collaboration.isPresent() && visible.isEmpty()) {
            throw ProblemException.notFound("You are not part of a collaboration with the code '"
                    + collaboration.get() + "'.");
        }
        List<LgCode> led = visible.stream().filter(c -> leads(caller, tenant, c))
                .flatMap(c -> c.members().stream()).distinct().sorted().toList();
        if (!led.isEmpty()) {
            return led;
        }
        return caller.hasRole(Role.STAFF) || caller.hasRole(Role.COORDINATOR) || caller.hasRole(Role.ANALYST)
                ? List.of(tenant) : List.of();
    }

    private static boolean leads(LgPrincipal caller, LgCode tenant, Collaboration c) {
        return c.leadCode().equals(tenant) && (caller.hasRole(Role.COORDINATOR) || caller.hasRole(Role.ANALYST));
    }
}
