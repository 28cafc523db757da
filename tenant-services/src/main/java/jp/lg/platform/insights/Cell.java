package jp.lg.platform.insights;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one {@link CellKey}: for demand cells, requests, of which cancelled and served
 * (CONFIRMED or COMPLETED); for visit cells, confirmed visits, of which completed, and the whole
 * distribution of days from request to visit ({@code days} → how many visits), so percentiles of
 * any union of cells are exact; for response cells, the distribution of hours to the first response
 * (in {@code days}, read as hours). Adding then subtracting a contribution gives the cell back. Immutable.
 */
record Cell(long requests, long cancelled, long served, long confirmed, long completed, SortedMap<Integer, Long> days) {

    static final SortedMap<Integer, Long> NO_DAYS = new TreeMap<>();
    static final Cell ZERO = new Cell(0, 0, 0, 0, 0, NO_DAYS);

    Cell {
        days = new TreeMap<>(days);
    }

    static SortedMap<Integer, Long> days(int days) {
        return new TreeMap<>(Map.of(days, 1L));
    }

    Cell plus(Cell other) {
        return combine(other, 1);
    }

    Cell minus(Cell other) {
        return combine(other, -1);
    }

    private Cell combine(Cell other, int sign) {
        SortedMap<Integer, Long> merged = new TreeMap<>(days);
        other.days.forEach((d, n) -> merged.merge(d, sign * n, Long::sum));
        merged.values().removeIf(n -> n == 0);
        return new Cell(requests + sign * other.requests, cancelled + sign * other.cancelled,
                served + sign * other.served, confirmed + sign * other.confirmed, completed + sign * other.completed,
                merged);
    }
}
