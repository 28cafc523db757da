package jp.lg.platform.experts.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The hard rules checked one booking at a time, as a coordinator with a spreadsheet would: what each
 * expert already has, per week, and how much of each cap a town has used. Used by {@link GreedyScheduler};
 * not thread-safe.
 */
final class Bookings {

    private final ExpertSchedule schedule;
    private final Map<Expert, List<Visit>> byExpert = new HashMap<>();
    private final Map<List<Object>, Integer> counts = new HashMap<>();

    Bookings(ExpertSchedule schedule) {
        this.schedule = schedule;
    }

    /** Whether the assigned {@code visit} breaks no hard rule given what is booked already. */
    boolean fits(Visit visit) {
        Expert expert = visit.getExpert();
        TravelTime travel = schedule.getParameters().travel();
        return expert.covers(visit.getRequest().specialty())
                && available(visit)
                && byExpert.getOrDefault(expert, List.of()).stream().allMatch(other -> visit.conflictMinutes(other, travel) == 0)
                && count(weekKey(visit)) < expert.weeklyVisitLimit()
                && schedule.getProgrammeCaps().stream().filter(cap -> cap.programme().equals(visit.programme()))
                        .allMatch(cap -> count(capKey(cap.programme(), visit)) < cap.maxPerTownPerFiscalYear())
                && schedule.getCombinedCaps().stream().filter(cap -> cap.counts(visit.programme()))
                        .allMatch(cap -> count(capKey(cap.group(), visit)) < cap.maxPerTownPerFiscalYear());
    }

    void book(Visit visit) {
        byExpert.computeIfAbsent(visit.getExpert(), expert -> new ArrayList<>()).add(visit);
        counts.merge(weekKey(visit), 1, Integer::sum);
        counts.merge(capKey(visit.programme(), visit), 1, Integer::sum);
        schedule.getCombinedCaps().stream().filter(cap -> cap.counts(visit.programme()))
                .forEach(cap -> counts.merge(capKey(cap.group(), visit), 1, Integer::sum));
    }

    private boolean available(Visit visit) {
        return schedule.getAvailabilities().stream()
                .anyMatch(a -> a.expert().equals(visit.getExpert()) && a.covers(visit.start(), visit.end()));
    }

    private int count(List<Object> key) {
        return counts.getOrDefault(key, 0);
    }

    private static List<Object> weekKey(Visit visit) {
        return List.of("week", visit.getExpert().id(), visit.week());
    }

    private static List<Object> capKey(String programmeOrGroup, Visit visit) {
        return List.of("cap", programmeOrGroup, visit.town().lgCode(), visit.fiscalYear());
    }
}
