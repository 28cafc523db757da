package jp.lg.platform.experts.scheduling;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A town's request for an expert visit, as triaged: what specialty, under which programme, how long,
 * when the town would like it, how urgent (1 low – 3 high), when it was submitted, and how many visits
 * the town asked for in the fiscal year (年度) in all, which fairness measures against.
 */
public record VisitRequest(
        String id,
        Town town,
        String specialty,
        String programme,
        VisitMode mode,
        int durationMinutes,
        List<TimeWindow> preferredWindows,
        int urgency,
        LocalDate submitted,
        int askedThisFiscalYear) {

    public VisitRequest {
        preferredWindows = List.copyOf(preferredWindows);
        if (urgency < 1 || urgency > 3) {
            throw new IllegalArgumentException("urgency must be 1–3, got " + urgency);
        }
        if (durationMinutes <= 0) {
            throw new IllegalArgumentException("duration must be positive, got " + durationMinutes);
        }
    }

    public boolean onSite() {
        return mode == VisitMode.ON_SITE;
    }

    /** True when there is no preference, or [{@code from}, {@code to}) fits one preferred window. */
    public boolean preferred(LocalDateTime from, LocalDateTime to) {
        return preferredWindows.isEmpty() || preferredWindows.stream().anyMatch(w -> w.covers(from, to));
    }

    /** Full weeks between submission and {@code planningDate}; never negative. */
    public long weeksWaiting(LocalDate planningDate) {
        return Math.max(0, ChronoUnit.WEEKS.between(submitted, planningDate));
    }
}
