package jp.lg.platform.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Population ranges that never single out a pseudonymised town. */
class PopulationBandTest {

    private static final Map<String, Long> EHIME_CITIES = Map.of(
            "matsuyama", 500_231L, "imabari", 149_730L, "niihama", 114_070L, "saijo", 104_474L,
            "shikokuchuo", 82_202L, "uwajima", 68_585L, "ozu", 39_867L, "iyo", 35_518L, "matsuno", 3_580L);

    @Test
    void theOnlyPseudonymisedTownOfABandSharesAWiderRangeWithAtLeastThreeOthers() {
        Map<String, PopulationBand.Range> ranges = PopulationBand.ranges(EHIME_CITIES,
                Set.of("matsuyama", "imabari", "niihama", "shikokuchuo", "uwajima", "ozu", "iyo", "matsuno"));

        assertThat(ranges.get("matsuyama").code()).as("the only town of 300k and over").isEqualTo("50k-and-over");
        assertThat(ranges.get("imabari")).isEqualTo(ranges.get("matsuyama"));
        assertThat(ranges.get("matsuno").code()).isEqualTo("under-50k");
        assertThat(ranges.get("matsuno").nameJa()).isEqualTo("5万人未満");
        assertThat(ranges.get("ozu")).isEqualTo(ranges.get("matsuno"));
        for (PopulationBand.Range range : ranges.values()) {
            long pseudonymised = ranges.entrySet().stream().filter(e -> e.getValue().equals(range))
                    .filter(e -> !e.getKey().equals("saijo")).count();
            assertThat(pseudonymised).as(range.code()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void bandsOfNamedTownsOnlyStayAsTheyAre() {
        Map<String, PopulationBand.Range> ranges = PopulationBand.ranges(EHIME_CITIES, Set.of());

        assertThat(ranges.get("matsuyama").code()).isEqualTo("300k-and-over");
        assertThat(ranges.get("matsuno").code()).isEqualTo("under-5k");
        assertThat(ranges.get("saijo").nameJa()).isEqualTo("10万〜30万人");
    }

    @Test
    void aNamedTownDoesNotCountTowardsTheThreeThatHideAPseudonymisedOne() {
        Map<String, PopulationBand.Range> ranges = PopulationBand.ranges(
                Map.of("a", 110_000L, "b", 120_000L, "c", 130_000L, "d", 60_000L, "e", 70_000L), Set.of("a", "d", "e"));

        assertThat(ranges.get("a").code()).as("a is the only pseudonymised town of 100k-300k").isEqualTo("50k-300k");
        assertThat(ranges.get("d")).isEqualTo(ranges.get("a"));
    }
}
