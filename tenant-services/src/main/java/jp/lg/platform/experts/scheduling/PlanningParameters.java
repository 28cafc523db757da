package jp.lg.platform.experts.scheduling;

import java.time.LocalDate;

/**
 * Settings one solve runs with: how travel is estimated, and the date planning happens on (Asia/Tokyo),
 * from which waiting time is counted.
 */
public record PlanningParameters(TravelTime travel, LocalDate planningDate) {

    /**
     * What one request left unserved costs, more than urgency, waiting and the town's shortfall could
     * ever add up to, so the schedule first serves as many requests as it can and never drops two to
     * serve one.
     */
    public static final int PER_UNSERVED_REQUEST = 10_000;

    /**
     * What an even share of refusals is worth, per town: {@link #townShortfallWeight} grows with the square
     * of a town's unserved requests, so the next refusal costs a town that already lost many more than one
     * that lost few. Below half of {@link #PER_UNSERVED_REQUEST}, so it never outweighs serving a request.
     */
    public static final int PER_TOWN_SHORTFALL = 1_000;

    /**
     * How much leaving {@code request} unassigned costs: {@link #PER_UNSERVED_REQUEST} plus
     * urgency × (1 + weeks waited), so among equally many, old urgent requests are served first.
     */
    public int unassignedWeight(VisitRequest request) {
        return Math.toIntExact(PER_UNSERVED_REQUEST + request.urgency() * (1 + request.weeksWaiting(planningDate)));
    }

    /**
     * What a town's refusals cost together: {@link #PER_TOWN_SHORTFALL} × unserved² ÷ asked. Summed over
     * towns this is least when every town loses the same share of what it asked; one more refusal adds
     * less than 2 × {@link #PER_TOWN_SHORTFALL}, since a town cannot lose more than it asked.
     */
    public static int townShortfallWeight(int unserved, int asked) {
        if (unserved < 0 || unserved > asked) {
            throw new IllegalArgumentException("unserved must be 0–" + asked + ", got " + unserved);
        }
        return Math.toIntExact(Math.round((double) PER_TOWN_SHORTFALL * unserved * unserved / asked));
    }
}
