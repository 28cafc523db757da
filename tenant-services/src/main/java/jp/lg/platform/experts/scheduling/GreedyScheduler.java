package jp.lg.platform.experts.scheduling;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * First come, first served (先着順): the baseline the solver must beat. Requests are taken in order of
 * submission; each gets the earliest slot (inside a preferred window if any fits, else any) with the
 * first expert that breaks no hard rule, or stays unassigned. Pinned visits are kept as they are.
 */
public final class GreedyScheduler {

    /**
     * How requests queue ({@code order}, given the schedule) and which of the experts that fit a visit's
     * earliest possible slot takes it ({@code preference}: the least; null: the first listed).
     */
    private record Policy(Function<ExpertSchedule, Comparator<Visit>> order,
            Function<Visit, Comparator<Expert>> preference) {
    }

    private static final Comparator<Visit> FIRST_COME = Comparator
            .comparing((Visit visit) -> visit.getRequest().submitted()).thenComparing(Visit::getId);

    private final Policy policy;

    /** The baseline: requests in order of submission, each to the first listed expert that fits. */
    public GreedyScheduler() {
        this(new Policy(schedule -> FIRST_COME, visit -> null));
    }

    private GreedyScheduler(Policy policy) {
        this.policy = policy;
    }

    /**
     * A start for the solver rather than a baseline: requests of the specialties most in demand per expert
     * first (then by submission), each to the expert with the fewest specialties among those that fit (so
     * experts who can do more stay free for what only they can do), then the one living nearest the town.
     */
    public static GreedyScheduler sparingVersatileExperts() {
        return new GreedyScheduler(new Policy(
                schedule -> {
                    Map<String, Double> demand = demandPerExpert(schedule);
                    return Comparator.comparingDouble((Visit visit) -> -demand.get(visit.getRequest().specialty()))
                            .thenComparing(FIRST_COME);
                },
                visit -> Comparator.<Expert>comparingInt(e -> e.specialties().size())
                        .thenComparingDouble(e -> e.home().distanceKm(visit.town().office()))));
    }

    /** Per requested specialty: requests ÷ experts who cover it (infinite when none does). */
    private static Map<String, Double> demandPerExpert(ExpertSchedule schedule) {
        Map<String, Double> demand = new HashMap<>();
        for (Visit visit : schedule.getVisits()) {
            demand.merge(visit.getRequest().specialty(), 1.0, Double::sum);
        }
        demand.replaceAll((specialty, requests) ->
                requests / schedule.getExperts().stream().filter(e -> e.covers(specialty)).count());
        return demand;
    }

    /** Assigns the unpinned visits of {@code schedule} in place and returns it. */
    public ExpertSchedule schedule(ExpertSchedule schedule) {
        Bookings bookings = new Bookings(schedule);
        schedule.getVisits().stream().filter(Visit::isPinned).filter(Visit::isAssigned).forEach(bookings::book);
        List<Visit> queue = schedule.getVisits().stream()
                .filter(visit -> !visit.isPinned())
                .sorted(policy.order().apply(schedule))
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

    private Optional<Visit> place(Visit visit, Predicate<Expert> able, List<TimeSlot> slots,
            Map<TimeSlot, List<Expert>> availableAt, Bookings bookings, Predicate<TimeSlot> acceptable) {
        Comparator<Expert> preferred = policy.preference().apply(visit);
        for (TimeSlot slot : slots) {
            if (!acceptable.test(slot)) {
                continue;
            }
            Expert chosen = null;
            for (Expert expert : availableAt.getOrDefault(slot, List.of())) {
                if (!able.test(expert) || chosen != null && preferred.compare(expert, chosen) >= 0) {
                    continue;
                }
                visit.setExpert(expert);
                visit.setSlot(slot);
                if (bookings.fits(visit)) {
                    chosen = expert;
                    if (preferred == null) {
                        return Optional.of(visit);
                    }
                }
            }
            if (chosen != null) {
                visit.setExpert(chosen);
                visit.setSlot(slot);
                return Optional.of(visit);
            }
        }
        visit.setExpert(null);
        visit.setSlot(null);
        return Optional.empty();
    }
}
