package jp.lg.platform.experts.scheduling;

import java.time.LocalDate;

/**
 * Settings one solve runs with: how travel is estimated, and the date planning happens on (Asia/Tokyo),
 * from which waiting time is counted.
 */
public record PlanningParameters(TravelTime travel, LocalDate planningDate) {

    /** How much leaving {@code request} unassigned costs: urgency × (1 + weeks waited). */
    public int unassignedWeight(VisitRequest request) {
        return Math.toIntExact(request.urgency() * (1 + request.weeksWaiting(planningDate)));
    }
}
