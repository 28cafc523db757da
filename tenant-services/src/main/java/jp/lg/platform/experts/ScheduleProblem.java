package jp.lg.platform.experts;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.Availability;
import jp.lg.platform.experts.scheduling.CapUsage;
import jp.lg.platform.experts.scheduling.CombinedCap;
import jp.lg.platform.experts.scheduling.Expert;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.Office;
import jp.lg.platform.experts.scheduling.PlanningParameters;
import jp.lg.platform.experts.scheduling.PreviousExpert;
import jp.lg.platform.experts.scheduling.ProgrammeCap;
import jp.lg.platform.experts.scheduling.TimeSlot;
import jp.lg.platform.experts.scheduling.TimeWindow;
import jp.lg.platform.experts.scheduling.Town;
import jp.lg.platform.experts.scheduling.TravelTime;
import jp.lg.platform.experts.scheduling.Visit;
import jp.lg.platform.experts.scheduling.VisitRequest;

/**
 * Turns {@link ScheduleFacts} (database rows) into the planning problem of the scheduling model: the
 * TRIAGED requests and pinned ones (kept by the coordinator, or confirmed) become visits, weekly availability minus absences becomes dated
 * windows on a 30-minute grid, other live dispatches become cap usage and the towns' previous experts.
 * Pure.
 */
public final class ScheduleProblem {

    static final Duration GRID = Duration.ofMinutes(30);
    private static final Set<RequestStatus> DISPATCHED = Set.of(RequestStatus.PROPOSED, RequestStatus.CONFIRMED,
            RequestStatus.COMPLETED);

    private ScheduleProblem() {}

    public static ExpertSchedule build(ScheduleFacts facts, DispatchCatalogue catalogue, TravelTime travel) {
        Map<UUID, Expert> experts = facts.experts().stream()
                .collect(Collectors.toMap(jp.lg.platform.experts.Expert::id, e -> expert(e, facts.tenants())));
        List<Expert> expertList = facts.experts().stream().map(e -> experts.get(e.id())).toList();
        List<Availability> availabilities = facts.experts().stream()
                .flatMap(e -> ScheduleAvailability.windows(e.availability(), facts.from(), facts.to())
                        .map(window -> new Availability(experts.get(e.id()), window)))
                .toList();
        Map<UUID, SchedulePin> pins = facts.pins().stream()
                .collect(Collectors.toMap(SchedulePin::requestId, Function.identity(), (first, same) -> first));
        List<ExpertRequest> planned = facts.liveRequests().stream()
                .filter(r -> r.status() == RequestStatus.TRIAGED || pinned(pins.get(r.id()), experts))
                .sorted(Comparator.comparing(ExpertRequest::seq)).toList();
        Set<UUID> plannedIds = planned.stream().map(ExpertRequest::id).collect(Collectors.toSet());
        List<Visit> visits = planned.stream().map(r -> visit(r, facts, experts, pins.get(r.id()))).toList();
        return new ExpertSchedule(expertList, slots(availabilities, visits), availabilities,
                programmeCaps(catalogue), combinedCaps(catalogue),
                capUsages(facts.liveRequests(), plannedIds), previousExperts(facts.liveRequests()),
                new PlanningParameters(travel, facts.planningDate()), visits);
    }

    /** A pin of an expert no longer in the collaboration is dropped. */
    private static boolean pinned(SchedulePin pin, Map<UUID, Expert> experts) {
        return pin != null && experts.containsKey(pin.expertId());
    }

    private static Expert expert(jp.lg.platform.experts.Expert e, Map<LgCode, Tenant> tenants) {
        return new Expert(e.id().toString(), e.name(), Set.copyOf(e.specialties()), office(tenants, e.homeOffice()),
                e.weeklyVisitLimit());
    }

    private static Visit visit(ExpertRequest r, ScheduleFacts facts, Map<UUID, Expert> experts, SchedulePin pin) {
        Tenant tenant = facts.tenants().get(r.municipality());
        Town town = new Town(r.municipality().value(), tenant.nameJa(), office(facts.tenants(), r.municipality()),
                Math.toIntExact(tenant.population()));
        VisitRequest request = new VisitRequest(r.id().toString(), town, r.specialty(), r.programme(), r.mode(),
                r.durationMinutes(), r.preferredWindows().stream()
                        .map(w -> new TimeWindow(w.start().toLocalDateTime(), w.end().toLocalDateTime())).toList(),
                r.urgency().weight(), LocalDate.ofInstant(r.submittedAt(), FiscalYear.TOKYO), asked(r, facts.liveRequests()));
        return !pinned(pin, experts) ? new Visit(request)
                : new Visit(request, experts.get(pin.expertId()), new TimeSlot(pin.start()), true);
    }

    private static int asked(ExpertRequest r, List<ExpertRequest> live) {
        return (int) live.stream().filter(o -> o.municipality().equals(r.municipality())
                && o.fiscalYear().equals(r.fiscalYear())).count();
    }

    /** The grid of every availability, plus the starts of pinned visits, which need not lie on it. */
    private static List<TimeSlot> slots(List<Availability> availabilities, List<Visit> visits) {
        return Stream.concat(TimeSlot.grid(availabilities, GRID).stream(),
                        visits.stream().filter(Visit::isPinned).map(Visit::getSlot))
                .distinct().sorted().toList();
    }

    private static Office office(Map<LgCode, Tenant> tenants, LgCode code) {
        Tenant.GeoPoint point = tenants.get(code).office();
        return new Office(point.lat(), point.lon());
    }

    private static List<ProgrammeCap> programmeCaps(DispatchCatalogue catalogue) {
        return catalogue.programmes().values().stream().filter(p -> p.capPerFiscalYear().isPresent())
                .sorted(Comparator.comparing(Programme::code))
                .map(p -> new ProgrammeCap(p.code(), p.capPerFiscalYear().getAsInt())).toList();
    }

    private static List<CombinedCap> combinedCaps(DispatchCatalogue catalogue) {
        return catalogue.combinedCaps().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(cap -> new CombinedCap(cap.getKey(), Set.copyOf(catalogue.programmesIn(cap.getKey())), cap.getValue()))
                .toList();
    }

    /** Dispatches proposed, confirmed or done outside this plan, per town, programme and fiscal year. */
    private static List<CapUsage> capUsages(List<ExpertRequest> live, Set<UUID> planned) {
        Map<List<Object>, Long> used = live.stream()
                .filter(r -> DISPATCHED.contains(r.status()) && !planned.contains(r.id()))
                .collect(Collectors.groupingBy(r -> List.of(r.municipality().value(), r.programme(), r.fiscalYear()),
                        Collectors.counting()));
        List<CapUsage> usages = new ArrayList<>();
        used.forEach((key, count) -> usages.add(new CapUsage((String) key.get(0), (String) key.get(1),
                (FiscalYear) key.get(2), Math.toIntExact(count))));
        usages.sort(Comparator.comparing(CapUsage::lgCode).thenComparing(CapUsage::programme)
                .thenComparing(CapUsage::fiscalYear));
        return usages;
    }

    /** Per town, the expert of its latest confirmed or completed request. */
    private static List<PreviousExpert> previousExperts(List<ExpertRequest> live) {
        Map<LgCode, ExpertRequest> latest = live.stream()
                .filter(r -> (r.status() == RequestStatus.CONFIRMED || r.status() == RequestStatus.COMPLETED)
                        && r.assignedExpert().isPresent())
                .collect(Collectors.toMap(ExpertRequest::municipality, Function.identity(),
                        (a, b) -> a.seq() > b.seq() ? a : b));
        return latest.values().stream().sorted(Comparator.comparing(r -> r.municipality().value()))
                .map(r -> new PreviousExpert(r.municipality().value(), r.assignedExpert().orElseThrow().toString()))
                .toList();
    }
}
