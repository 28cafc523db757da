package jp.lg.platform.insights;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The observations behind one metric value: a count, a numerator and denominator, or a distribution
 * (value → how many). Figures of several towns, months, programmes or specialties {@link #plus add up}
 * exactly, so a group's median is that of all its observations, not a median of medians. Immutable.
 */
record Figure(long count, long numerator, long denominator, SortedMap<Integer, Long> distribution, BigDecimal amount) {

    static final Figure NONE = new Figure(0, 0, 0, new TreeMap<>(), BigDecimal.ZERO);

    Figure {
        distribution = new TreeMap<>(distribution);
        amount = amount == null ? BigDecimal.ZERO : amount;
    }

    Figure(long count, long numerator, long denominator, SortedMap<Integer, Long> distribution) {
        this(count, numerator, denominator, distribution, BigDecimal.ZERO);
    }

    /** An amount of a dataset (yen, hectares, residents): it adds up and rests on no counted observations. */
    static Figure amount(BigDecimal amount) {
        return new Figure(0, 0, 0, new TreeMap<>(), amount);
    }

    /** The part of {@code cell} that {@code metric} is about. */
    static Figure of(Metric metric, Cell cell) {
        return switch (metric.id()) {
            case "expert-requests" -> count(cell.requests());
            case "expert-requests-served-share" -> new Figure(0, cell.served(), cell.requests() - cell.cancelled(),
                    new TreeMap<>());
            case "expert-visits-confirmed" -> count(cell.confirmed());
            case "expert-visits-completed" -> count(cell.completed());
            case "inquiry-answer-rate", "announcement-acknowledgement-rate" -> new Figure(0, cell.answered(),
                    cell.asked(), new TreeMap<>());
            case "procedure-applications" -> count(cell.applications());
            case "procedure-applications-online-share" -> new Figure(0, cell.online(), cell.applications(), new TreeMap<>());
            case "procedure-returns" -> count(cell.returns());
            case "procedure-sla-breaches" -> count(cell.breaches());
            default -> new Figure(0, 0, 0, cell.days());
        };
    }

    static Figure count(long n) {
        return new Figure(n, 0, 0, new TreeMap<>());
    }

    Figure plus(Figure other) {
        if (other.equals(NONE)) {
            return this;
        }
        if (equals(NONE)) {
            return other;
        }
        SortedMap<Integer, Long> merged = new TreeMap<>(distribution);
        other.distribution.forEach((v, n) -> merged.merge(v, n, Long::sum));
        return new Figure(count + other.count, numerator + other.numerator, denominator + other.denominator, merged,
                amount.add(other.amount));
    }

    /** How many observations (requests, visits) the value rests on; what small-count suppression looks at. */
    long observations(Metric.Kind kind) {
        return switch (kind) {
            case COUNT -> count;
            case SHARE -> denominator;
            case MEDIAN, P90 -> distribution.values().stream().mapToLong(Long::longValue).sum();
            case SUM -> 0;
        };
    }

    /** The metric's value, or null when it has none (a share of nothing, a median of no visits). */
    BigDecimal value(Metric.Kind kind) {
        return switch (kind) {
            case COUNT -> BigDecimal.valueOf(count);
            case SHARE -> denominator == 0 ? null : BigDecimal.valueOf(100L * numerator)
                    .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
            case MEDIAN -> nearestRank(0.5);
            case P90 -> nearestRank(0.9);
            case SUM -> amount;
        };
    }

    /** The ⌈p × n⌉-th smallest observation. */
    private BigDecimal nearestRank(double p) {
        long n = observations(Metric.Kind.MEDIAN);
        if (n == 0) {
            return null;
        }
        long rank = Math.max(1, (long) Math.ceil(p * n - 1e-9));
        long seen = 0;
        for (Map.Entry<Integer, Long> e : distribution.entrySet()) {
            seen += e.getValue();
            if (seen >= rank) {
                return BigDecimal.valueOf(e.getKey());
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + n + " observations");
    }
}
