package jp.lg.platform.experts.scheduling.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.Office;
import jp.lg.platform.experts.scheduling.Town;

/**
 * What one benchmark problem looks like: which towns ask, how many experts (living at
 * {@code expertHomes}, taken in turn) serve how many requests over which dates (inclusive), and the
 * programme mix requests are drawn from (programme code → weight; unknown codes are ignored), and how
 * much each expert can take.
 */
public record ProblemSize(
        String name,
        List<Town> towns,
        List<Office> expertHomes,
        int experts,
        int requests,
        LocalDate from,
        LocalDate to,
        LocalDate planningDate,
        Map<String, Double> programmeMix,
        ExpertSupply supply) {

    /**
     * Each expert's weekly visit limit is drawn from {@code minWeeklyLimit}–{@code maxWeeklyLimit}; a
     * {@code fortnightlyShare} of them (part-time, 副業) are available only every other week.
     */
    public record ExpertSupply(int minWeeklyLimit, int maxWeeklyLimit, double fortnightlyShare) {
    }

    static final LocalDate PLANNING_DATE = LocalDate.of(2026, 3, 23);
    static final FiscalYear FY2026 = FiscalYear.of(2026);
    private static final String EHIME = "380008";

    public ProblemSize {
        towns = List.copyOf(towns);
        expertHomes = List.copyOf(expertHomes);
        programmeMix = Map.copyOf(programmeMix);
    }

    /**
     * Team Ehime: its member towns, experts at the prefectural office (愛媛県庁), fiscal year 2026; experts
     * take one visit a week, half of them every other week only.
     */
    public static ProblemSize ehime(ReferenceData data, int experts, int requests) {
        return new ProblemSize("ehime", data.members("team-ehime"), List.of(data.prefectureOffices().get(EHIME)),
                experts, requests, FY2026.firstDay(), FY2026.lastDay(), PLANNING_DATE,
                Map.of("team-ehime", 0.6, "mic-management", 0.25, "mic-informatization", 0.15),
                new ExpertSupply(1, 1, 0.5));
    }

    /**
     * The national advisor pool: the {@link SyntheticJapan} municipalities (1,741), advisors living at
     * prefectural capitals in proportion to each prefecture's municipalities, the first quarter of fiscal
     * year 2026 ({@code weeks} long), national programmes; advisors take 1–2 visits a week, half of them
     * every other week only.
     */
    public static ProblemSize national(SyntheticJapan japan, int experts, int requests, int weeks) {
        return new ProblemSize("national", japan.towns(), japan.advisorHomes(experts), experts, requests,
                FY2026.firstDay(), FY2026.firstDay().plusWeeks(weeks).minusDays(1), PLANNING_DATE,
                Map.of("mic-management", 0.6, "mic-informatization", 0.4),
                new ExpertSupply(1, 2, 0.5));
    }
}
