package jp.lg.platform.experts.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.lg.platform.experts.scheduling.ExpertSchedule;
import jp.lg.platform.experts.scheduling.Town;
import jp.lg.platform.experts.scheduling.Visit;
import jp.lg.platform.experts.scheduling.VisitRequest;
import org.junit.jupiter.api.Test;

/** Tiny problems from the real reference data ({@code ../shared/data}, or {@code -Dlg.shared.dir}). */
class ProblemGeneratorTest {

    private static final ReferenceData DATA =
            ReferenceData.read(Path.of(System.getProperty("lg.shared.dir", "../../shared"), "data"));
    private static final ProblemGenerator GENERATOR = new ProblemGenerator(DATA);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 4, 1);

    @Test
    void theSameSeedGivesTheSameProblem() {
        ProblemSize size = ProblemSize.ehime(DATA, 5, 40);

        assertThat(describe(GENERATOR.generate(size, 7))).isEqualTo(describe(GENERATOR.generate(size, 7)));
        assertThat(describe(GENERATOR.generate(size, 8))).isNotEqualTo(describe(GENERATOR.generate(size, 7)));
    }

    @Test
    void ehimeRequestsComeFromTeamEhimeTownsAndBigTownsAskMore() {
        ExpertSchedule problem = GENERATOR.generate(ProblemSize.ehime(DATA, 7, 300), 2026);

        assertThat(problem.getVisits()).hasSize(300);
        assertThat(problem.getVisits()).allMatch(v -> v.town().lgCode().startsWith("38"));
        Map<String, Long> asked = asked(problem);
        assertThat(asked.get("松山市")).as("Matsuyama (500,000) asks more than Matsuno (3,600)")
                .isGreaterThan(asked.getOrDefault("松野町", 0L));
        assertThat(problem.getExperts()).hasSize(7)
                .allMatch(e -> e.home().equals(DATA.prefectureOffices().get("380008")));
    }

    @Test
    void everyRequestIsServableAndWithinTheCapsTheApiEnforces() {
        ExpertSchedule problem = GENERATOR.generate(ProblemSize.national(SyntheticJapan.generate(1), 20, 400, 2), 1);

        Map<String, Long> asked = asked(problem);
        for (Visit visit : problem.getVisits()) {
            VisitRequest request = visit.getRequest();
            assertThat(problem.getExperts()).anyMatch(e -> e.covers(request.specialty()));
            assertThat(DATA.programmes()).contains(request.programme());
            assertThat(request.askedThisFiscalYear()).isEqualTo(asked.get(request.town().name()).intValue());
        }
        Map<String, Long> perTownAndProgramme = problem.getVisits().stream()
                .collect(Collectors.groupingBy(v -> v.town().lgCode() + "/" + v.programme(), Collectors.counting()));
        DATA.programmeCaps().forEach(cap -> perTownAndProgramme.forEach((key, count) -> {
            if (key.endsWith("/" + cap.programme())) {
                assertThat(count).as(key).isLessThanOrEqualTo(cap.maxPerTownPerFiscalYear());
            }
        }));
        assertThat(problem.getAvailabilities()).allMatch(a -> !a.window().start().toLocalDate().isBefore(FIRST_DAY)
                && a.window().end().toLocalDate().isBefore(FIRST_DAY.plusWeeks(2)));
        assertThat(problem.getTimeSlots()).isNotEmpty();
    }

    private static Map<String, Long> asked(ExpertSchedule problem) {
        return problem.getVisits().stream().map(Visit::town).collect(Collectors.groupingBy(Town::name, Collectors.counting()));
    }

    private static List<String> describe(ExpertSchedule problem) {
        return Stream.concat(
                problem.getExperts().stream().map(e -> e.id() + e.specialties() + e.weeklyVisitLimit()),
                problem.getVisits().stream().map(Visit::getRequest).map(VisitRequest::toString)).toList();
    }
}
