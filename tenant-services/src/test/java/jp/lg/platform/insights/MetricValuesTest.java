package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Values as an analyst sees them: a pseudonymised town never shows both a raw and a per-10,000 value. */
class MetricValuesTest {

    private static final Metric REQUESTS = MetricCatalogue.find("expert-requests").orElseThrow();
    private static final List<MetricValues.Group> GROUPS = List.of(
            new MetricValues.Group("382060", "西条市", "Saijo", true, 104_474, List.of("382060"), "100k-300k"),
            new MetricValues.Group("匿名-0A1B2C3D", null, null, false, 114_070, List.of("382051"), "50k-300k"));
    private static final Map<String, Map<String, Figure>> FIGURES = Map.of(
            "382060", Map.of("FY2032", Figure.count(10)), "382051", Map.of("FY2032", Figure.count(12)));

    @Test
    void aPseudonymisedTownsPerTenThousandValueIsWithheldSoItsPopulationCannotBeWorkedOut() {
        MetricValuesView perCapita = MetricValues.view(REQUESTS, query(true), GROUPS, FIGURES, 218_544, Set.of());

        MetricValuesView.Row saijo = perCapita.rows().get(0);
        MetricValuesView.Row peer = perCapita.rows().get(1);
        assertThat(saijo.value()).isEqualByComparingTo("0.96");
        assertThat(saijo.population()).isEqualTo(104_474);
        assertThat(peer.value()).isNull();
        assertThat(peer.suppressed()).isEqualTo("匿名");
        assertThat(peer.population()).isNull();
        assertThat(peer.populationBand()).isEqualTo("50k-300k");
        assertThat(perCapita.totals().get(0).value()).as("the scope's own population is public").isEqualByComparingTo("1.01");
    }

    @Test
    void aPseudonymisedTownShowsItsRawValueWithItsRangeButNoPopulation() {
        MetricValuesView raw = MetricValues.view(REQUESTS, query(false), GROUPS, FIGURES, 218_544, Set.of());

        MetricValuesView.Row peer = raw.rows().get(1);
        assertThat(peer.value()).isEqualByComparingTo("12");
        assertThat(peer.suppressed()).isNull();
        assertThat(peer.population()).isNull();
        assertThat(peer.populationBand()).isEqualTo("50k-300k");
    }

    @Test
    void theOnlyPseudonymisedTownOfAnAnswerIsWithheldAndSoIsTheTotalThatWouldGiveItAway() {
        MetricValuesView raw = MetricValues.view(REQUESTS, query(false), GROUPS, FIGURES, 218_544, Set.of("382051"));

        assertThat(raw.rows().get(0).value()).as("Saijo, named").isEqualByComparingTo("10");
        assertThat(raw.rows().get(1).value()).isNull();
        assertThat(raw.rows().get(1).suppressed()).isEqualTo("< 3");
        assertThat(raw.totals().get(0).value()).as("total − Saijo = the other town").isNull();
        assertThat(raw.totals().get(0).suppressed()).isEqualTo("< 3");
    }

    private static ValuesQuery query(boolean per10000) {
        return new ValuesQuery("collaboration", "team-ehime", "FY2032", "FY2032", "municipality", per10000,
                Optional.empty(), Optional.empty());
    }
}
