package jp.lg.platform.experts.scheduling;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** A start time a visit may take (Asia/Tokyo), one point of the planning grid. */
public record TimeSlot(LocalDateTime start) implements Comparable<TimeSlot> {

    /**
     * The grid of starts, every {@code step} from the start of each availability window, sorted and
     * without duplicates: the only starts worth trying.
     */
    public static List<TimeSlot> grid(Collection<Availability> availabilities, Duration step) {
        return availabilities.stream()
                .map(Availability::window)
                .flatMap(window -> Stream.iterate(window.start(), t -> t.isBefore(window.end()), t -> t.plus(step)))
                .distinct()
                .sorted()
                .map(TimeSlot::new)
                .toList();
    }

    @Override
    public int compareTo(TimeSlot other) {
        return start.compareTo(other.start);
    }

    @Override
    public String toString() {
        return start.toString();
    }
}
