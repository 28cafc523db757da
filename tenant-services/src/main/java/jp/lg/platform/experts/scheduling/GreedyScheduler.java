package jp.lg.platform.experts.scheduling;

import java.util.Comparator;
import java.util.List;
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
        for (Visit visit : queue) {
            visit.setExpert(null);
            visit.setSlot(null);
            List<Expert> able = schedule.getExperts().stream().filter(e -> e.covers(visit.getRequest().specialty())).toList();
            Optional<Visit> booked = place(visit, able, slots, bookings,
                    slot -> visit.getRequest().preferred(slot.start(), slot.start().plusMinutes(visit.getRequest().durationMinutes())))
                    .or(() -> place(visit, able, slots, bookings, slot -> true));
            booked.ifPresent(bookings::book);
        }
        return schedule;
    }

    private static Optional<Visit> place(Visit visit, List<Expert> experts, List<TimeSlot> slots, Bookings bookings,
            Predicate<TimeSlot> acceptable) {
        for (TimeSlot slot : slots) {
            if (!acceptable.test(slot)) {
                continue;
            }
            for (Expert expert : experts) {
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
