package jp.lg.platform.insights;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one {@link CellKey}: for demand cells, requests, of which cancelled and served
 * (CONFIRMED or COMPLETED); for visit cells, confirmed visits, of which completed, and the whole
 * distribution of days from request to visit ({@code days} → how many visits), so percentiles of
 * any union of cells are exact; for response cells, the distribution of hours to the first response
 * (in {@code days}, read as hours), and for asked cells the inquiries a town was asked and of those it
 * answered; for application cells, applications, of which online, their returns (差戻し) and SLA breaches;
 * for stage cells, the distribution of hours spent in the stage. Adding then subtracting a contribution
 * gives the cell back. Immutable.
 */
record Cell(long requests, long cancelled, long served, long confirmed, long completed, long applications,
        long online, long returns, long breaches, long asked, long answered, SortedMap<Integer, Long> days) {

    static final SortedMap<Integer, Long> NO_DAYS = new TreeMap<>();
    static final Cell ZERO = new Cell(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, NO_DAYS);

    Cell {
        days = new TreeMap<>(days == null ? NO_DAYS : days);
    }

    static Cell demand(boolean cancelled, boolean served) {
        return new Cell(1, cancelled ? 1 : 0, served ? 1 : 0, 0, 0, 0, 0, 0, 0, 0, 0, NO_DAYS);
    }

    static Cell visit(boolean completed, int days) {
        return new Cell(0, 0, 0, 1, completed ? 1 : 0, 0, 0, 0, 0, 0, 0, days(days));
    }

    /** One observation of a duration (days or hours, as the cell's kind says). */
    static Cell duration(int value) {
        return new Cell(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, days(value));
    }

    static Cell application(boolean online, long returns, long breaches) {
        return new Cell(0, 0, 0, 0, 0, 1, online ? 1 : 0, returns, breaches, 0, 0, NO_DAYS);
    }

    static Cell asked(boolean answered) {
        return new Cell(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, answered ? 1 : 0, NO_DAYS);
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
                applications + sign * other.applications, online + sign * other.online,
                returns + sign * other.returns, breaches + sign * other.breaches, asked + sign * other.asked,
                answered + sign * other.answered, merged);
    }
}
