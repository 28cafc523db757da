package jp.lg.platform.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;

/**
 * A checked query for metric values: scope and code, period range (both months {@code 2026-04} or both
 * fiscal years {@code FY2026}, at most {@value #MAX_PERIODS} periods), grouping, raw or per 10,000
 * residents, optional filters on the metric's two dimensions ({@code programme}/{@code specialty} hold
 * them whatever their names). {@link #parse} names every bad parameter at once.
 */
record ValuesQuery(String scope, String code, String from, String to, String groupBy, boolean per10000,
        Optional<String> programme, Optional<String> specialty) {

    static final int MAX_PERIODS = 120;
    static final List<String> SCOPES = List.of("municipality", "collaboration", "prefecture");
    static final List<String> GROUPINGS = List.of("municipality", "populationBand", "prefecture");

    static ValuesQuery parse(Metric metric, String scope, String code, String from, String to, String groupBy,
            String per, java.util.Map<String, String> filters) {
        List<FieldError> errors = new ArrayList<>();
        if (scope == null || !SCOPES.contains(scope)) {
            errors.add(new FieldError("scope", "must be one of " + String.join(", ", SCOPES)));
        }
        if (code == null || code.isBlank()) {
            errors.add(new FieldError("code", "is required: an LG code, or a collaboration code for scope=collaboration"));
        }
        Range range = range(from, to, errors);
        String grouping = groupBy == null ? "municipality" : groupBy;
        if (!GROUPINGS.contains(grouping)) {
            errors.add(new FieldError("groupBy", "must be one of " + String.join(", ", GROUPINGS)));
        }
        boolean perCapita = checkPer(metric, per, errors);
        List<Optional<String>> slots = slots(metric, filters, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new ValuesQuery(scope, code, range.from(), range.to(), grouping, perCapita, slots.get(0), slots.get(1));
    }

    /**
     * The filters on the metric's two dimensions (programme and specialty of expert metrics; procedure and
     * channel or stage of procedure metrics); a filter on a dimension the metric does not have is an error.
     */
    static List<Optional<String>> slots(Metric metric, java.util.Map<String, String> filters, List<FieldError> errors) {
        List<Optional<String>> slots = new ArrayList<>(List.of(Optional.empty(), Optional.empty()));
        filters.forEach((name, value) -> {
            if (value == null) {
                return;
            }
            int slot = metric.dimensions().indexOf(name);
            if (slot < 0) {
                errors.add(new FieldError(name, metric.id() + " has no dimension " + name
                        + (metric.dimensions().isEmpty() ? "" : "; it has " + String.join(", ", metric.dimensions()))));
            } else {
                slots.set(slot, Optional.of(value));
            }
        });
        return slots;
    }

    /** Both ends of a period range, or errors naming {@code from} and {@code to}. */
    static Range range(String from, String to, List<FieldError> errors) {
        Optional<String> start = Periods.parse(from);
        Optional<String> end = Periods.parse(to);
        if (start.isEmpty()) {
            errors.add(new FieldError("from", "must be a month like 2026-04 or a fiscal year like FY2026"));
        }
        if (end.isEmpty()) {
            errors.add(new FieldError("to", "must be a month like 2027-03 or a fiscal year like FY2026"));
        }
        if (start.isPresent() && end.isPresent()) {
            if (Periods.isFiscalYear(start.get()) != Periods.isFiscalYear(end.get())) {
                errors.add(new FieldError("to", "must be of the same form as from (both months or both fiscal years)"));
            } else if (start.get().compareTo(end.get()) > 0) {
                errors.add(new FieldError("to", "must not be before from (" + start.get() + ")"));
            } else if (Periods.between(start.get(), end.get()).size() > MAX_PERIODS) {
                errors.add(new FieldError("to", "at most " + MAX_PERIODS + " periods per query"));
            }
        }
        return new Range(start.orElse(null), end.orElse(null));
    }

    static boolean checkPer(Metric metric, String per, List<FieldError> errors) {
        String mode = per == null ? "raw" : per;
        if (!mode.equals("raw") && !mode.equals("per10000")) {
            errors.add(new FieldError("per", "must be raw or per10000"));
        } else if (mode.equals("per10000") && !metric.kind().perCapita()) {
            errors.add(new FieldError("per", "per10000 applies to counts only; " + metric.id() + " is a "
                    + metric.kind().name().toLowerCase(java.util.Locale.ROOT)));
        }
        return mode.equals("per10000");
    }

    List<String> periods() {
        return Periods.between(from, to);
    }

    record Range(String from, String to) {}

    /** The query parameters as received, checked against a metric by {@link #parse(Metric)}. */
    record Raw(String scope, String code, String from, String to, String groupBy, String per,
            java.util.Map<String, String> filters) {
        ValuesQuery parse(Metric metric) {
            return ValuesQuery.parse(metric, scope, code, from, to, groupBy, per, filters);
        }
    }
}
