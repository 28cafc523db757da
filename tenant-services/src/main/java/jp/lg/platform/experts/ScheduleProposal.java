package jp.lg.platform.experts;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.DefaultConstraintJustification;
import ai.timefold.solver.core.api.solver.RecommendedAssignment;
import ai.timefold.solver.core.api.solver.ScoreAnalysisFetchPolicy;
import ai.timefold.solver.core.api.solver.SolutionManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.Visit;

/**
 * Reads a solved {@link ExpertSchedule} as the coordinator sees it: one {@link ScheduleAssignment} per visit,
 * with the score contributions Timefold's {@link ScoreAnalysis} attributes to that visit, and for a visit left
 * unassigned the hard rule its best possible placement would still break (Timefold's assignment
 * recommendation). No I/O; {@code solutions} must be built for the same model.
 */
public final class ScheduleProposal {

    static final String SPECIALTY = "Expert has the requested specialty";
    static final String AVAILABILITY = "Within the expert's availability";
    static final String OUT_OF_TIME = "None: the solver's time limit ended before it placed this request";
    static final String NOT_ANALYSED = "Not analysed: the explanation's time budget ran out";
    /** How long recommendations may take per proposal; each tries every expert × slot for one request. */
    static final Duration RECOMMENDATION_BUDGET = Duration.ofSeconds(10);

    private final SolutionManager<ExpertSchedule, HardMediumSoftScore> solutions;

    public ScheduleProposal(SolutionManager<ExpertSchedule, HardMediumSoftScore> solutions) {
        this.solutions = solutions;
    }

    /** The assignments of {@code solved}, in the order of its visits, with new ids. */
    public List<ScheduleAssignment> assignments(ExpertSchedule solved) {
        Map<String, List<ScheduleContribution>> explanations = explanations(
                solutions.analyze(solved, ScoreAnalysisFetchPolicy.FETCH_ALL));
        List<ScheduleAssignment> assignments = new ArrayList<>();
        long deadline = System.nanoTime() + RECOMMENDATION_BUDGET.toNanos();
        for (Visit visit : solved.getVisits()) {
            List<ScheduleContribution> why = explanations.getOrDefault(visit.getId(), List.of());
            assignments.add(visit.isAssigned() ? assigned(solved, visit, UUID.randomUUID(), why)
                    : new ScheduleAssignment(UUID.randomUUID(), UUID.fromString(visit.getId()), visit.town().lgCode(),
                            Optional.empty(), Optional.empty(), Optional.empty(), 0, ScheduleAssignmentStatus.UNASSIGNED,
                            false, why, Optional.of(blockedBy(solved, visit, deadline))));
        }
        return assignments;
    }

    /** Assignment {@code id} as the visit of {@code requestId} stands in {@code schedule}, e.g. after a move by hand. */
    public ScheduleAssignment reassessed(ExpertSchedule schedule, UUID requestId, UUID id) {
        Visit visit = schedule.getVisits().stream().filter(v -> v.getId().equals(requestId.toString())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no visit for request " + requestId));
        return assigned(schedule, visit, id, explanations(solutions.analyze(schedule, ScoreAnalysisFetchPolicy.FETCH_ALL))
                .getOrDefault(visit.getId(), List.of()));
    }

    private static ScheduleAssignment assigned(ExpertSchedule schedule, Visit visit, UUID id,
            List<ScheduleContribution> why) {
        return new ScheduleAssignment(id, UUID.fromString(visit.getId()), visit.town().lgCode(),
                Optional.of(UUID.fromString(visit.getExpert().id())), Optional.of(visit.start()), Optional.of(visit.end()),
                travelMinutes(schedule, visit), ScheduleAssignmentStatus.PROPOSED, visit.isPinned(), why, Optional.empty());
    }

    /** The hard rules broken in {@code schedule} as it stands, e.g. after a move by hand; empty when it is feasible. */
    public List<String> brokenRules(ExpertSchedule schedule) {
        return hardRules(solutions.analyze(schedule, ScoreAnalysisFetchPolicy.FETCH_SHALLOW));
    }

    private static int travelMinutes(ExpertSchedule solved, Visit visit) {
        return visit.getRequest().onSite()
                ? solved.getParameters().travel().minutes(visit.getExpert().home(), visit.town().office()) : 0;
    }

    /** Per visit id, each constraint's total impact from the matches that name that visit. */
    private static Map<String, List<ScheduleContribution>> explanations(ScoreAnalysis<HardMediumSoftScore> analysis) {
        Map<String, Map<String, HardMediumSoftScore>> byVisit = new HashMap<>();
        for (ConstraintAnalysis<HardMediumSoftScore> constraint : analysis.constraintAnalyses()) {
            for (MatchAnalysis<HardMediumSoftScore> match : constraint.matches()) {
                if (match.justification() instanceof DefaultConstraintJustification justification) {
                    justification.getFacts().stream().filter(Visit.class::isInstance).map(fact -> ((Visit) fact).getId())
                            .distinct()
                            .forEach(id -> byVisit.computeIfAbsent(id, k -> new HashMap<>())
                                    .merge(constraint.constraintName(), match.score(), HardMediumSoftScore::add));
                }
            }
        }
        Map<String, List<ScheduleContribution>> explanations = new HashMap<>();
        byVisit.forEach((id, scores) -> explanations.put(id, scores.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new ScheduleContribution(e.getKey(), e.getValue().hardScore(), e.getValue().mediumScore(),
                        e.getValue().softScore()))
                .toList()));
        return explanations;
    }

    private String blockedBy(ExpertSchedule solved, Visit visit, long deadline) {
        String specialty = visit.getRequest().specialty();
        if (solved.getExperts().stream().noneMatch(expert -> expert.covers(specialty))) {
            return SPECIALTY;
        }
        if (solved.getAvailabilities().stream().noneMatch(a -> a.expert().covers(specialty) && !a.window().start()
                .plusMinutes(visit.getRequest().durationMinutes()).isAfter(a.window().end()))) {
            return AVAILABILITY;
        }
        if (System.nanoTime() > deadline) {
            return NOT_ANALYSED;
        }
        List<RecommendedAssignment<Boolean, HardMediumSoftScore>> recommendations = solutions.recommendAssignment(
                solved, visit, Visit::isAssigned, ScoreAnalysisFetchPolicy.FETCH_SHALLOW);
        return recommendations.stream()
                .filter(RecommendedAssignment::proposition)
                .map(RecommendedAssignment::scoreAnalysisDiff)
                .max(Comparator.comparing(ScoreAnalysis::score))
                .map(ScheduleProposal::hardRules)
                .filter(rules -> !rules.isEmpty())
                .map(rules -> String.join("; ", rules))
                .orElse(OUT_OF_TIME);
    }

    private static List<String> hardRules(ScoreAnalysis<HardMediumSoftScore> analysis) {
        return analysis.constraintAnalyses().stream()
                .filter(c -> c.score().hardScore() < 0)
                .map(ConstraintAnalysis::constraintName)
                .sorted()
                .collect(Collectors.toList());
    }
}
