package jp.lg.platform.experts.scheduling;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * One planning problem and, once solved, its schedule (派遣計画): the facts, one {@link Visit} per
 * request, and the score (hard = rules broken, medium = requests left unserved, soft = preferences).
 */
@PlanningSolution
public class ExpertSchedule {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Expert> experts;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimeSlot> timeSlots;
    @ProblemFactCollectionProperty
    private List<Availability> availabilities;
    @ProblemFactCollectionProperty
    private List<ProgrammeCap> programmeCaps;
    @ProblemFactCollectionProperty
    private List<CombinedCap> combinedCaps;
    @ProblemFactCollectionProperty
    private List<CapUsage> capUsages;
    @ProblemFactCollectionProperty
    private List<PreviousExpert> previousExperts;
    @ProblemFactProperty
    private PlanningParameters parameters;
    @PlanningEntityCollectionProperty
    private List<Visit> visits;
    @PlanningScore
    private HardMediumSoftScore score;

    public ExpertSchedule() {
    }

    public ExpertSchedule(List<Expert> experts, List<TimeSlot> timeSlots, List<Availability> availabilities,
            List<ProgrammeCap> programmeCaps, List<CombinedCap> combinedCaps, List<CapUsage> capUsages,
            List<PreviousExpert> previousExperts,
            PlanningParameters parameters, List<Visit> visits) {
        this.experts = experts;
        this.timeSlots = timeSlots;
        this.availabilities = availabilities;
        this.programmeCaps = programmeCaps;
        this.combinedCaps = combinedCaps;
        this.capUsages = capUsages;
        this.previousExperts = previousExperts;
        this.parameters = parameters;
        this.visits = visits;
    }

    public List<Expert> getExperts() {
        return experts;
    }

    public List<TimeSlot> getTimeSlots() {
        return timeSlots;
    }

    public List<Availability> getAvailabilities() {
        return availabilities;
    }

    public List<ProgrammeCap> getProgrammeCaps() {
        return programmeCaps;
    }

    public List<CombinedCap> getCombinedCaps() {
        return combinedCaps;
    }

    public List<CapUsage> getCapUsages() {
        return capUsages;
    }

    public List<PreviousExpert> getPreviousExperts() {
        return previousExperts;
    }

    public PlanningParameters getParameters() {
        return parameters;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
