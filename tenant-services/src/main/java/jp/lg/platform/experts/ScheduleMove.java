package jp.lg.platform.experts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.TravelTime;

/**
 * Checks one assignment moved by hand against the model's hard rules: every other placed visit of the
 * schedule is fixed, and only rules the move newly breaks count (a rule already broken stays the
 * coordinator's call). Pure apart from the analysis.
 */
final class ScheduleMove {

    private final ScheduleProposal proposal;
    private final DispatchCatalogue catalogue;
    private final TravelTime travel;
    private final ScheduleFacts others;

    /** {@code others} holds every other placed assignment of the schedule as a pin. */
    ScheduleMove(ScheduleProposal proposal, DispatchCatalogue catalogue, TravelTime travel, ScheduleFacts others) {
        this.proposal = proposal;
        this.catalogue = catalogue;
        this.travel = travel;
        this.others = others;
    }

    /** The hard rules broken with {@code moved} in place that were not broken with {@code current}. */
    List<String> newlyBroken(ScheduleAssignment current, SchedulePin moved) {
        List<SchedulePin> before = new ArrayList<>(others.pins());
        current.expertId().ifPresent(expert -> before.add(new SchedulePin(current.requestId(), expert,
                current.start().orElseThrow())));
        List<String> broken = new ArrayList<>(proposal.brokenRules(problem(with(moved))));
        broken.removeAll(proposal.brokenRules(problem(before)));
        return broken;
    }

    /** The assignment as it stands after the move, explained like a solved one. */
    ScheduleAssignment assessed(SchedulePin moved, UUID assignmentId, boolean pinned) {
        ScheduleAssignment assessed = proposal.reassessed(problem(with(moved)), moved.requestId(), assignmentId);
        return new ScheduleAssignment(assessed.id(), assessed.requestId(), assessed.municipalityCode(),
                assessed.expertId(), assessed.start(), assessed.end(), assessed.travelMinutes(), assessed.status(),
                pinned, assessed.explanation(), assessed.blockedBy());
    }

    private List<SchedulePin> with(SchedulePin moved) {
        List<SchedulePin> pins = new ArrayList<>(others.pins());
        pins.add(moved);
        return pins;
    }

    private ExpertSchedule problem(List<SchedulePin> pins) {
        return ScheduleProblem.build(new ScheduleFacts(others.from(), others.to(), others.planningDate(),
                others.liveRequests(), others.experts(), others.tenants(), pins), catalogue, travel);
    }
}
