package jp.lg.platform.experts.scheduling.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.Town;
import jp.lg.platform.experts.scheduling.TravelTime;
import jp.lg.platform.experts.scheduling.Visit;

/**
 * What a coordinator sees in a schedule: how many requests got a visit, how far experts drive, and
 * how evenly towns are served (Gini of assigned ÷ asked over the towns that asked in this plan).
 */
public record ScheduleFigures(int requests, int assigned, long travelKm, double gini) {

    public static ScheduleFigures of(ExpertSchedule schedule) {
        TravelTime travel = schedule.getParameters().travel();
        Map<Town, int[]> perTown = new LinkedHashMap<>();
        int assigned = 0;
        long km = 0;
        for (Visit visit : schedule.getVisits()) {
            int[] askedAndServed = perTown.computeIfAbsent(visit.town(), town -> new int[2]);
            askedAndServed[0]++;
            if (visit.isAssigned()) {
                askedAndServed[1]++;
                assigned++;
                km += visit.roundTripKm(travel);
            }
        }
        double[] served = perTown.values().stream().mapToDouble(t -> (double) t[1] / t[0]).toArray();
        return new ScheduleFigures(schedule.getVisits().size(), assigned, km, Gini.of(served));
    }

    /** Assigned ÷ requests, 0 for an empty plan. */
    public double assignedShare() {
        return requests == 0 ? 0 : (double) assigned / requests;
    }
}
