package jp.lg.platform.experts.scheduling.bench;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import jp.lg.platform.experts.scheduling.Availability;
import jp.lg.platform.experts.scheduling.Expert;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.PlanningParameters;
import jp.lg.platform.experts.scheduling.TimeSlot;
import jp.lg.platform.experts.scheduling.TravelTime;
import jp.lg.platform.experts.scheduling.Visit;

/**
 * Builds an unsolved {@link ExpertSchedule} of a {@link ProblemSize} from the reference data. The same
 * size and seed always give the same problem; starts are on a 30-minute grid.
 */
public final class ProblemGenerator {

    static final Duration GRID = Duration.ofMinutes(30);

    private final ReferenceData data;

    public ProblemGenerator(ReferenceData data) {
        this.data = data;
    }

    public ExpertSchedule generate(ProblemSize size, long seed) {
        Random random = new Random(seed);
        List<Expert> experts = ExpertPool.experts(size, data.specialties(), random);
        List<Availability> availabilities = ExpertPool.availabilities(experts, size, random);
        List<Visit> visits = new RequestGenerator(size, data, random).requests().stream().map(Visit::new).toList();
        return new ExpertSchedule(experts, TimeSlot.grid(availabilities, GRID), availabilities,
                data.programmeCaps(), data.combinedCaps(), List.of(), List.of(),
                new PlanningParameters(TravelTime.EHIME_DEFAULT, size.planningDate()), visits);
    }
}
