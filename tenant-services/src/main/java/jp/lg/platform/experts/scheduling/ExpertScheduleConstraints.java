package jp.lg.platform.experts.scheduling;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.tri.TriConstraintBuilder;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a good expert schedule. Hard: what may never happen; medium: requests left unserved and
 * how evenly towns bear that; soft: preferences. Constraint names appear in score explanations, so they are written for
 * coordinators. {@code forEach} sees only visits with both an expert and a slot.
 */
public class ExpertScheduleConstraints implements ConstraintProvider {

    static final HardMediumSoftScore OUTSIDE_PREFERRED_WINDOW = HardMediumSoftScore.ofSoft(100);
    static final HardMediumSoftScore SAME_EXPERT_AS_BEFORE = HardMediumSoftScore.ofSoft(50);
    static final HardMediumSoftScore LOAD_BALANCE = HardMediumSoftScore.ofSoft(10);

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            specialtyMatch(factory),
            withinAvailability(factory),
            noOverlapIncludingTravel(factory),
            weeklyVisitLimit(factory),
            programmeCap(factory),
            combinedCap(factory),
            unassignedRequest(factory),
            fairnessBetweenTowns(factory),
            insidePreferredWindow(factory),
            travelDistance(factory),
            sameExpertAsBefore(factory),
            balancedExpertLoad(factory),
        };
    }

    Constraint specialtyMatch(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> !visit.getExpert().covers(visit.getRequest().specialty()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Expert has the requested specialty");
    }

    Constraint withinAvailability(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .ifNotExists(Availability.class,
                        Joiners.equal(Visit::getExpert, Availability::expert),
                        Joiners.filtering((visit, availability) -> availability.covers(visit.start(), visit.end())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Within the expert's availability");
    }

    /** Penalised in minutes of collision, so the solver sees how far apart two visits must move. */
    Constraint noOverlapIncludingTravel(ConstraintFactory factory) {
        return factory.forEachUniquePair(Visit.class, Joiners.equal(Visit::getExpert))
                .join(PlanningParameters.class)
                .filter((a, b, parameters) -> a.conflictMinutes(b, parameters.travel()) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (a, b, parameters) -> a.conflictMinutes(b, parameters.travel()))
                .asConstraint("No overlap for one expert, travel included");
    }

    Constraint weeklyVisitLimit(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(Visit::getExpert, Visit::week, count())
                .filter((expert, week, visits) -> visits > expert.weeklyVisitLimit())
                .penalize(HardMediumSoftScore.ONE_HARD, (expert, week, visits) -> visits - expert.weeklyVisitLimit())
                .asConstraint("Expert's weekly visit limit");
    }

    Constraint programmeCap(ConstraintFactory factory) {
        return overCap(factory.forEach(Visit.class)
                .join(ProgrammeCap.class, Joiners.equal(Visit::programme, ProgrammeCap::programme))
                .map((visit, cap) -> CapTally.planned(cap.programme(), cap.maxPerTownPerFiscalYear(), visit))
                .concat(factory.forEach(CapUsage.class)
                        .join(ProgrammeCap.class, Joiners.equal(CapUsage::programme, ProgrammeCap::programme))
                        .map((usage, cap) -> CapTally.used(cap.programme(), cap.maxPerTownPerFiscalYear(), usage))))
                .asConstraint("Programme cap per town and fiscal year");
    }

    Constraint combinedCap(ConstraintFactory factory) {
        return overCap(factory.forEach(Visit.class)
                .join(CombinedCap.class, Joiners.filtering((visit, cap) -> cap.counts(visit.programme())))
                .map((visit, cap) -> CapTally.planned(cap.group(), cap.maxPerTownPerFiscalYear(), visit))
                .concat(factory.forEach(CapUsage.class)
                        .join(CombinedCap.class, Joiners.filtering((usage, cap) -> cap.counts(usage.programme())))
                        .map((usage, cap) -> CapTally.used(cap.group(), cap.maxPerTownPerFiscalYear(), usage))))
                .asConstraint("Combined programme cap per town and fiscal year");
    }

    private static TriConstraintBuilder<CapTally.Key, Integer, Integer, HardMediumSoftScore> overCap(UniConstraintStream<CapTally> tallies) {
        return tallies
                .groupBy(CapTally::key, sum((CapTally tally) -> tally.planned()), sum((CapTally tally) -> tally.total()))
                .filter((key, planned, total) -> CapTally.excess(key, planned, total) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, CapTally::excess);
    }

    /** Weighted by urgency × (1 + weeks waited), so old urgent requests are served first. */
    Constraint unassignedRequest(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(visit -> !visit.isAssigned())
                .join(PlanningParameters.class)
                .penalize(HardMediumSoftScore.ONE_MEDIUM,
                        (visit, parameters) -> parameters.unassignedWeight(visit.getRequest()))
                .asConstraint("Request left unassigned");
    }

    Constraint insidePreferredWindow(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> !visit.getRequest().preferred(visit.start(), visit.end()))
                .penalize(OUTSIDE_PREFERRED_WINDOW)
                .asConstraint("Inside the town's preferred window");
    }

    /**
     * Medium, beside the refusals themselves: per town, unserved² ÷ asked (this fiscal year, or in the
     * plan if more), so the requests that cannot be served are spread over the towns in proportion to
     * what each asked, and small towns are not starved by big ones. At the soft level it could not
     * change who is refused, which the medium level decides.
     */
    Constraint fairnessBetweenTowns(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .groupBy(Visit::town, sum((Visit visit) -> visit.isAssigned() ? 0 : 1), count(),
                        max((Visit visit) -> visit.getRequest().askedThisFiscalYear()))
                .filter((town, unserved, inPlan, asked) -> unserved > 0)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (town, unserved, inPlan, asked) ->
                        PlanningParameters.townShortfallWeight(unserved, Math.max(inPlan, asked)))
                .asConstraint("Fairness between towns");
    }

    /** Round-trip road kilometres from the expert's office, 1 soft point per km. */
    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .filter(visit -> visit.getRequest().onSite())
                .join(PlanningParameters.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (visit, parameters) -> visit.roundTripKm(parameters.travel()))
                .asConstraint("Less travel");
    }

    Constraint sameExpertAsBefore(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .join(PreviousExpert.class,
                        Joiners.equal(visit -> visit.town().lgCode(), PreviousExpert::lgCode),
                        Joiners.equal(visit -> visit.getExpert().id(), PreviousExpert::expertId))
                .reward(SAME_EXPERT_AS_BEFORE)
                .asConstraint("Same expert as the town had before");
    }

    /** Sum of squares of each expert's visits: spreading 4 visits 2 + 2 costs 8, 4 + 0 costs 16. */
    Constraint balancedExpertLoad(ConstraintFactory factory) {
        return factory.forEach(Visit.class)
                .groupBy(Visit::getExpert, count())
                .penalize(LOAD_BALANCE, (expert, visits) -> visits * visits)
                .asConstraint("Balanced expert load");
    }
}
