package jp.lg.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The arithmetic of results: per 1,000 residents, and totals, means and per-1,000 figures per population band. */
class SurveyResultsTest {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");

    private final Survey survey = SurveyFixtures.example();

    @Test
    void aTownsValueIsDividedByItsPopulationPerThousandResidentsButAPercentageIsNot() {
        ResultsView r = SurveyResults.of(survey, List.of(town("074071", 3349, Optional.of(2), "bandai")));

        ResultsView.TownResult bandai = r.towns().get(0);
        // 2,100 × 1,000 ÷ 3,349 = 627.0528…; 350.5 × 1,000 ÷ 3,349 = 104.6581…
        assertThat(value(bandai, "resident-certificate", "annual-count").perThousand()).isEqualByComparingTo("627.05");
        assertThat(value(bandai, "resident-certificate", "staff-hours").perThousand()).isEqualByComparingTo("104.66");
        assertThat(value(bandai, "resident-certificate", "online-share").value()).isEqualByComparingTo("8.5");
        assertThat(value(bandai, "resident-certificate", "online-share").perThousand()).isNull();
        assertThat(r.perResidents()).isEqualTo(1000);
    }

    @Test
    void eachBandSumsItsTownsAndDividesByTheirPopulation() {
        ResultsView r = SurveyResults.of(survey, List.of(
                town("072028", 118159, Optional.of(1), "aizuwakamatsu"),
                town("074071", 3349, Optional.of(2), "bandai"),
                town("999991", 5000, Optional.empty(), "bandai"),
                town("074021", 2517, Optional.of(3), "kitashiobara")));

        assertThat(r.bands()).extracting(ResultsView.BandResult::band).containsExactly(1, 2, 3);
        ResultsView.BandResult two = r.bands().get(1);
        assertThat(two.towns()).isEqualTo(2);
        assertThat(two.population()).isEqualTo(8349);
        ResultsView.BandValue count = bandValue(two, "resident-certificate", "annual-count");
        // 2,100 + 2,100 = 4,200; ÷ 2 towns = 2,100; × 1,000 ÷ 8,349 = 503.0542…
        assertThat(count.total()).isEqualByComparingTo("4200");
        assertThat(count.mean()).isEqualByComparingTo("2100.00");
        assertThat(count.perThousand()).isEqualByComparingTo("503.05");
        ResultsView.BandValue share = bandValue(two, "resident-certificate", "online-share");
        assertThat(share.total()).isNull();
        assertThat(share.mean()).isEqualByComparingTo("8.50");
        assertThat(share.perThousand()).isNull();
        // 98,000 × 1,000 ÷ 118,159 = 829.3908…
        assertThat(bandValue(r.bands().get(0), "resident-certificate", "annual-count").perThousand())
                .isEqualByComparingTo("829.39");
        // 1,400 × 1,000 ÷ 2,517 = 556.2177…
        assertThat(bandValue(r.bands().get(2), "resident-certificate", "annual-count").perThousand())
                .isEqualByComparingTo("556.22");
    }

    @Test
    void townsThatHaveNotSubmittedAreListedAndLeftOutOfTheFigures() {
        ResultsView r = SurveyResults.of(survey, List.of(
                town("074071", 3349, Optional.of(2), "bandai"),
                new SurveyResults.Town("074462", "昭和村", "Showa", 1179, PopulationBand.THREE, Optional.empty())));

        assertThat(r.submitted()).isEqualTo(1);
        assertThat(r.members()).isEqualTo(2);
        assertThat(r.notSubmitted()).containsExactly("074462");
        assertThat(r.towns()).extracting(ResultsView.TownResult::code).containsExactly("074071");
        assertThat(r.bands()).extracting(ResultsView.BandResult::band).containsExactly(2);
    }

    @Test
    void aRecordedAizuGroupWinsAndOtherTownsArePlacedByTheirPopulation() {
        assertThat(PopulationBand.of(Optional.of(2), 3041)).isEqualTo(PopulationBand.TWO);
        assertThat(PopulationBand.of(Optional.of(1), 900)).isEqualTo(PopulationBand.ONE);
        assertThat(PopulationBand.of(Optional.empty(), 10_000)).isEqualTo(PopulationBand.ONE);
        assertThat(PopulationBand.of(Optional.empty(), 9_999)).isEqualTo(PopulationBand.TWO);
        assertThat(PopulationBand.of(Optional.empty(), 3_000)).isEqualTo(PopulationBand.TWO);
        assertThat(PopulationBand.of(Optional.empty(), 2_999)).isEqualTo(PopulationBand.THREE);
    }

    private static SurveyResults.Town town(String code, long population, Optional<Integer> group, String answers) {
        return new SurveyResults.Town(code, code, code, population, PopulationBand.of(group, population),
                Optional.of(new SurveyResults.Submitted(SurveyFixtures.answers(answers), AT)));
    }

    private static ResultsView.Value value(ResultsView.TownResult town, String item, String measure) {
        return town.values().stream().filter(v -> v.item().equals(item) && v.measure().equals(measure)).findFirst()
                .orElseThrow();
    }

    private static ResultsView.BandValue bandValue(ResultsView.BandResult band, String item, String measure) {
        return band.values().stream().filter(v -> v.item().equals(item) && v.measure().equals(measure)).findFirst()
                .orElseThrow();
    }
}
