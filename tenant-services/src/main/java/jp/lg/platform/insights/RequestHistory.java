package jp.lg.platform.insights;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.events.experts.PreferredWindow;
import org.apache.avro.specific.SpecificRecord;

/**
 * What the insights topology knows of one expert request: its submission and every status change,
 * each kept once by event id and ordered by when it happened. Because the state is a set of events,
 * a re-delivered event leaves it unchanged and events of one request may arrive in any order; the
 * request's {@link #demand()} and {@link #visit()} are derived from it afresh. Instants are epoch
 * milliseconds (UTC). Immutable.
 */
record RequestHistory(String municipality, String programme, String specialty, Long submittedAt, Long wantedFrom,
        List<Step> steps, List<String> eventIds) {

    /** One status change: when, to which status, and the visit start it carried (null if none). */
    record Step(String eventId, long at, String toStatus, Long visitStart) {}

    private static final List<String> SERVED = List.of("CONFIRMED", "COMPLETED");

    static RequestHistory empty() {
        return new RequestHistory(null, null, null, null, null, List.of(), List.of());
    }

    /** This history with {@code event} in it; the same history when the event is already in it or of another kind. */
    RequestHistory with(SpecificRecord event) {
        if (event instanceof ExpertRequestSubmitted s) {
            String id = s.getMeta().getEventId().toString();
            if (eventIds.contains(id)) {
                return this;
            }
            long wanted = s.getPreferredWindows().stream().map(PreferredWindow::getStart).min(Comparator.naturalOrder())
                    .orElse(s.getMeta().getOccurredAt()).toEpochMilli();
            return new RequestHistory(s.getMunicipalityCode(), s.getProgramme(), s.getSpecialty(),
                    s.getMeta().getOccurredAt().toEpochMilli(), wanted, steps, plus(eventIds, id));
        }
        if (event instanceof ExpertRequestStatusChanged c) {
            String id = c.getMeta().getEventId().toString();
            if (eventIds.contains(id)) {
                return this;
            }
            List<Step> more = new ArrayList<>(steps);
            more.add(new Step(id, c.getMeta().getOccurredAt().toEpochMilli(), c.getToStatus(),
                    c.getVisitStart() == null ? null : c.getVisitStart().toEpochMilli()));
            more.sort(Comparator.comparingLong(Step::at));
            return new RequestHistory(municipality == null ? c.getMunicipalityCode() : municipality, programme,
                    specialty, submittedAt, wantedFrom, List.copyOf(more), plus(eventIds, id));
        }
        return this;
    }

    /** The request's current status: that of its latest change, SUBMITTED before any. */
    String status() {
        return steps.isEmpty() ? "SUBMITTED" : steps.get(steps.size() - 1).toStatus();
    }

    /** Whether the submission has been seen; without it the request has no programme nor wanted month. */
    boolean known() {
        return submittedAt != null;
    }

    /** The request's part in the demand cell of the month its earliest preferred window starts in. */
    Optional<Contribution> demand() {
        if (!known()) {
            return Optional.empty();
        }
        String status = status();
        Cell cell = Cell.demand(status.equals("CANCELLED"), SERVED.contains(status));
        return Optional.of(new Contribution(key(CellKey.Kind.DEMAND, wantedFrom), cell));
    }

    /**
     * The request's part in the visit cell of its visit month: only while it is CONFIRMED or COMPLETED and
     * its confirmation said when (events before ExpertRequestStatusChanged v2 did not).
     */
    Optional<Contribution> visit() {
        if (!known() || !SERVED.contains(status())) {
            return Optional.empty();
        }
        Optional<Long> start = Optional.empty();
        for (Step step : steps) {
            start = step.visitStart() == null ? start : Optional.of(step.visitStart());
        }
        return start.map(visitStart -> {
            long days = ChronoUnit.DAYS.between(Instant.ofEpochMilli(submittedAt).atZone(FiscalYear.TOKYO).toLocalDate(),
                    Instant.ofEpochMilli(visitStart).atZone(FiscalYear.TOKYO).toLocalDate());
            Cell cell = Cell.visit(status().equals("COMPLETED"), (int) days);
            return new Contribution(key(CellKey.Kind.VISIT, visitStart), cell);
        });
    }

    private CellKey key(CellKey.Kind kind, long at) {
        return new CellKey(kind, municipality, Periods.monthOf(Instant.ofEpochMilli(at)), programme, specialty);
    }

    private static List<String> plus(List<String> ids, String id) {
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return List.copyOf(more);
    }

    /** What one request adds to one cell. */
    record Contribution(CellKey key, Cell cell) {}
}
