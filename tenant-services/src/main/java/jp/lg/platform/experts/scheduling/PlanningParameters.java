package jp.lg.platform.experts.scheduling;

import java.time.LocalDate;

/**
 * Settings one solve runs with: how travel is estimated, and the date planning happens on (Asia/Tokyo),
 * from which waiting time is counted.
 */
public record PlanningParameters(TravelTime travel, LocalDate planningDate) {

    /**
     * What one request left unserved costs, more than urgency and waiting could ever add up to, so
     * the schedule first serves as many requests as it can and never drops two to serve one.
     */
    public static final int PER_UNSERVED_REQUEST = 10_000;

    /**
     * How much leaving {@code request} unassigned costs: {@link #PER_UNSERVED_REQUEST} plus
     * urgency × (1 + weeks waited), so among equally many, old urgent requests are served first.
     */
    public int unassignedWeight(VisitRequest request) {
        return Math.toIntExact(PER_UNSERVED_REQUEST + request.urgency() * (1 + request.weeksWaiting(planningDate)));
    }
}
