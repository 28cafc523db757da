package jp.lg.platform.experts.scheduling.bench;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import jp.lg.platform.core.bench.BenchReport;
import jp.lg.platform.experts.scheduling.ExpertSchedule;

/** Turns one size's result into table rows and JSON figures, with a verdict per goal of issue 5. */
record SizeFindings(BenchSize size, ExpertSchedule problem, SizeResult result) {

    void addTo(BenchReport report) {
        String k = size.key();
        ScheduleFigures greedy = result.greedy();
        ScheduleFigures solved = result.solved();
        report.figure(k + "_requests", problem.getVisits().size(), 0)
                .figure(k + "_towns", size.problem().towns().size(), 0)
                .figure(k + "_experts", problem.getExperts().size(), 0)
                .figure(k + "_slots", problem.getTimeSlots().size(), 0)
                .figure("greedy_" + k + "_s", result.greedySeconds(), 2)
                .text("greedy_" + k + "_score", result.greedyScore())
                .figure("greedy_" + k + "_assigned_share", greedy.assignedShare(), 4)
                .figure("greedy_" + k + "_travel_km", greedy.travelKm(), 0)
                .figure("greedy_" + k + "_gini", greedy.gini(), 4)
                .figure(k + "_feasible_s", result.feasibleSeconds(), 2);
        size.checkpoints().forEach(c -> report.text(k + "_score_" + c + "s", result.scoreAt().get(c)));
        report.figure(k + "_hard_violations_" + size.seconds() + "s", result.hardViolations(), 0)
                .figure(k + "_assigned_share", solved.assignedShare(), 4)
                .figure(k + "_travel_km", solved.travelKm(), 0)
                .figure(k + "_gini", solved.gini(), 4);

        report.row(k, "problem", String.format("%,d requests, %d towns, %d experts, %,d slots", problem.getVisits().size(),
                        size.problem().towns().size(), problem.getExperts().size(), problem.getTimeSlots().size()),
                        size.problem().from() + " – " + size.problem().to())
                .row(k, "greedy (first come, first served)", String.format("%.1f s", result.greedySeconds()),
                        "score " + result.greedyScore())
                .row(k, "first feasible schedule", seconds(result.feasibleSeconds()), feasibleGoal());
        size.checkpoints().forEach(c -> report.row(k, "best score after " + c + " s",
                score(result.scoreAt().get(c)), "greedy " + result.greedyScore()));
        report.row(k, "hard violations after " + size.seconds() + " s", String.valueOf(result.hardViolations()),
                        verdict("goal 0", result.hardViolations() == 0))
                .row(k, "assigned", share(solved), "greedy " + share(greedy) + ", "
                        + verdict("goal: more than greedy", solved.assigned() > greedy.assigned()))
                .row(k, "fairness (Gini of assigned ÷ asked)", String.format("%.3f", solved.gini()),
                        String.format("greedy %.3f, ", greedy.gini()) + verdict("goal: lower than greedy", solved.gini() < greedy.gini()))
                .row(k, "travel (round trips)", String.format("%,d km", solved.travelKm()),
                        String.format("greedy %,d km", greedy.travelKm()));
    }

    private String feasibleGoal() {
        if (Double.isNaN(size.feasibleGoalSeconds())) {
            return "from the start of the solver's own greedy start";
        }
        return verdict(String.format("goal ≤ %.0f s", size.feasibleGoalSeconds()),
                result.feasibleSeconds() <= size.feasibleGoalSeconds());
    }

    private static String verdict(String goal, boolean met) {
        return goal + (met ? ": met" : ": NOT met");
    }

    private static String seconds(double value) {
        return Double.isNaN(value) ? "never" : String.format("%.2f s", value);
    }

    private static String share(ScheduleFigures figures) {
        return String.format("%.1f %% (%d of %d)", 100 * figures.assignedShare(), figures.assigned(), figures.requests());
    }

    static String score(HardMediumSoftScore score) {
        return score == null ? "none yet" : score.toString();
    }
}
