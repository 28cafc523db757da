package jp.lg.platform.experts.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import jp.lg.platform.core.time.FiscalYear;

/**
 * The hard rules checked one booking at a time, as a coordinator with a spreadsheet would: what each
 * expert already has, per week, and how much of each cap a town has used (earlier usage included).
 * Used by {@link GreedyScheduler}; not thread-safe.
 */
final class Bookings {

    private final ExpertSchedule schedule;
    private final Map<Expert, NavigableMap<LocalDateTime, Availability>> availability = new HashMap<>();
    private final Map<Expert, List<Visit>> byExpert = new HashMap<>();
    private final Map<List<Object>, Integer> counts = new HashMap<>();

    Bookings(ExpertSchedule schedule) {
        this.schedule = schedule;
        schedule.getAvailabilities().forEach(a -> availability.computeIfAbsent(a.expert(), e -> new TreeMap<>())
                .merge(a.window().start(), a, (x, y) -> x.window().end().isAfter(y.window().end()) ? x : y));
        schedule.getCapUsages().forEach(u -> tally(u.programme(), u.lgCode(), u.fiscalYear(), u.used()));
    }

    /** Whether the assigned {@code visit} breaks no hard rule given what is booked already. */
    boolean fits(Visit visit) {
        Expert expert = visit.getExpert();
        TravelTime travel = schedule.getParameters().travel();
        // Cheapest checks first: the overlap scan runs only for an expert with room left that week.
        return expert.covers(visit.getRequest().specialty())
                && available(visit)
                && count(weekKey(visit)) < expert.weeklyVisitLimit()
                && withinCaps(visit)
                && byExpert.getOrDefault(expert, List.of()).stream().allMatch(other -> visit.conflictMinutes(other, travel) == 0);
    }

    void book(Visit visit) {
        byExpert.computeIfAbsent(visit.getExpert(), expert -> new ArrayList<>()).add(visit);
        counts.merge(weekKey(visit), 1, Integer::sum);
        tally(visit.programme(), visit.town().lgCode(), visit.fiscalYear(), 1);
    }

    /** Windows of one expert are expected not to overlap (merge them first): the latest one starting before the visit decides. */
    private boolean available(Visit visit) {
        Map.Entry<LocalDateTime, Availability> window =
                availability.getOrDefault(visit.getExpert(), new TreeMap<>()).floorEntry(visit.start());
        return window != null && window.getValue().covers(visit.start(), visit.end());
    }

    private boolean withinCaps(Visit visit) {
        String lgCode = visit.town().lgCode();
        FiscalYear year = visit.fiscalYear();
        return schedule.getProgrammeCaps().stream().filter(cap -> cap.programme().equals(visit.programme()))
                        .allMatch(cap -> count(capKey(cap.programme(), lgCode, year)) < cap.maxPerTownPerFiscalYear())
                && schedule.getCombinedCaps().stream().filter(cap -> cap.counts(visit.programme()))
                        .allMatch(cap -> count(capKey(cap.group(), lgCode, year)) < cap.maxPerTownPerFiscalYear());
    }

    private void tally(String programme, String lgCode, FiscalYear year, int dispatches) {
        counts.merge(capKey(programme, lgCode, year), dispatches, Integer::sum);
        schedule.getCombinedCaps().stream().filter(cap -> cap.counts(programme))
                .forEach(cap -> counts.merge(capKey(cap.group(), lgCode, year), dispatches, Integer::sum));
    }

    private int count(List<Object> key) {
        return counts.getOrDefault(key, 0);
    }

    private static List<Object> weekKey(Visit visit) {
        return List.of("week", visit.getExpert().id(), visit.week());
    }

    private static List<Object> capKey(String programmeOrGroup, String lgCode, FiscalYear year) {
        return List.of("cap", programmeOrGroup, lgCode, year);
    }
}
