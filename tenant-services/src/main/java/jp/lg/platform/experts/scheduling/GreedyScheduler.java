package jp.lg.platform.experts.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * First come, first served (先着順): the baseline the solver must beat. Requests are taken in order of
 * submission; each gets the earliest slot (inside a preferred window if any fits, else any) with the
 * first expert that breaks no hard rule, or stays unassigned. Pinned visits are kept as they are.
 */
public final class GreedyScheduler {

    /** Assigns the unpinned visits of {@code schedule} in place and returns it. */
    public ExpertSchedule schedule(ExpertSchedule schedule) {
        Bookings bookings = new Bookings(schedule);
        schedule.getVisits().stream().filter(Visit::isPinned).filter(Visit::isAssigned).forEach(bookings::book);
        List<Visit> queue = schedule.getVisits().stream()
                .filter(visit -> !visit.isPinned())
                .sorted(Comparator.comparing((Visit visit) -> visit.getRequest().submitted()).thenComparing(Visit::getId))
                .toList();
        List<TimeSlot> slots = schedule.getTimeSlots().stream().sorted().toList();
        Map<TimeSlot, List<Expert>> availableAt = availableAt(schedule, slots);
        for (Visit visit : queue) {
            visit.setExpert(null);
            visit.setSlot(null);
            Predicate<Expert> able = e -> e.covers(visit.getRequest().specialty());
            Optional<Visit> booked = place(visit, able, slots, availableAt, bookings,
                    slot -> visit.getRequest().preferred(slot.start(), slot.start().plusMinutes(visit.getRequest().durationMinutes())))
                    .or(() -> place(visit, able, slots, availableAt, bookings, slot -> true));
            booked.ifPresent(bookings::book);
        }
        return schedule;
    }

    /**
     * Per slot, the experts (in the schedule's order) with a window containing its start: the only ones
     * worth asking {@link Bookings#fits}, which at national size (300 experts) saves most of the checks.
     */
    private static Map<TimeSlot, List<Expert>> availableAt(ExpertSchedule schedule, List<TimeSlot> slots) {
        Map<Expert, Integer> order = new HashMap<>();
        schedule.getExperts().forEach(expert -> order.putIfAbsent(expert, order.size()));
        Map<TimeSlot, List<Expert>> experts = new HashMap<>();
        for (Availability availability : schedule.getAvailabilities()) {
            int from = insertionPoint(slots, availability.window().start());
            for (int i = from; i < slots.size() && slots.get(i).start().isBefore(availability.window().end()); i++) {
                List<Expert> here = experts.computeIfAbsent(slots.get(i), slot -> new ArrayList<>());
                if (!here.contains(availability.expert())) {
                    here.add(availability.expert());
                }
            }
        }
        experts.values().forEach(list -> list.sort(Comparator.comparing(e -> order.getOrDefault(e, Integer.MAX_VALUE))));
        return experts;
    }

    private static int insertionPoint(List<TimeSlot> slots, LocalDateTime start) {
        int index = Collections.binarySearch(slots, new TimeSlot(start));
        return index >= 0 ? index : -index - 1;
    }

    private static Optional<Visit> place(Visit visit, Predicate<Expert> able, List<TimeSlot> slots,
            Map<TimeSlot, List<Expert>> availableAt, Bookings bookings, Predicate<TimeSlot> acceptable) {
        for (TimeSlot slot : slots) {
            if (!acceptable.test(slot)) {
                continue;
            }
            for (Expert expert : availableAt.getOrDefault(slot, List.of())) {
                if (!able.test(expert)) {
                    continue;
                }
                visit.setExpert(expert);
                visit.setSlot(slot);
                if (bookings.fits(visit)) {
                    return Optional.of(visit);
                }
            }
        }
        visit.setExpert(null);
        visit.setSlot(null);
        return Optional.empty();
    }
}
