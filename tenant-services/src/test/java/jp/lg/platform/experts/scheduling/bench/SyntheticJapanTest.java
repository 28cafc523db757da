package jp.lg.platform.experts.scheduling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.lg.platform.experts.scheduling.Office;
import jp.lg.platform.experts.scheduling.Town;
import org.junit.jupiter.api.Test;

/** The made-up municipalities of the national benchmark look like Japan's. */
class SyntheticJapanTest {

    private static final SyntheticJapan JAPAN = SyntheticJapan.generate(2026);

    @Test
    void has1741MunicipalitiesIn47PrefecturesWithUniqueCodes() {
        assertThat(JAPAN.prefectures()).hasSize(47);
        assertThat(JAPAN.towns()).hasSize(1741);
        assertThat(JAPAN.towns().stream().map(Town::lgCode).distinct()).hasSize(1741);
        Map<String, Long> perPrefecture = JAPAN.towns().stream()
                .collect(Collectors.groupingBy(t -> t.lgCode().substring(0, 2), Collectors.counting()));
        assertThat(perPrefecture.get("01")).as("Hokkaido").isEqualTo(179);
        assertThat(perPrefecture.get("38")).as("Ehime").isEqualTo(20);
    }

    @Test
    void theSameSeedGivesTheSameTowns() {
        assertThat(SyntheticJapan.generate(2026).towns()).isEqualTo(JAPAN.towns());
        assertThat(SyntheticJapan.generate(7).towns()).isNotEqualTo(JAPAN.towns());
    }

    @Test
    void populationsRangeFromVillagesToBigCities() {
        List<Integer> populations = JAPAN.towns().stream().map(Town::population).sorted().toList();
        int median = populations.get(populations.size() / 2);

        assertThat(median).isBetween(12_000, 40_000);
        assertThat(populations.get(0)).isLessThan(1_000);
        assertThat(Collections.max(populations)).isGreaterThan(1_000_000);
        assertThat(JAPAN.towns().stream().filter(t -> t.population() >= 250_000).count())
                .as("at least one large city per prefecture").isGreaterThanOrEqualTo(47);
    }

    @Test
    void officesStayInJapanAndNearTheirPrefecturalCapital() {
        Map<String, SyntheticJapan.Prefecture> prefectures = JAPAN.prefectures().stream()
                .collect(Collectors.toMap(SyntheticJapan.Prefecture::code, p -> p));
        for (Town town : JAPAN.towns()) {
            Office office = town.office();
            assertThat(office.lat()).as(town.name()).isBetween(24.0, 46.0);
            assertThat(office.lon()).as(town.name()).isBetween(122.0, 146.0);
            SyntheticJapan.Prefecture prefecture = prefectures.get(town.lgCode().substring(0, 2));
            assertThat(office.distanceKm(prefecture.capital())).as(town.name())
                    .isLessThanOrEqualTo(2.5 * Math.sqrt(2) * prefecture.spreadKm() + 1);
        }
    }

    @Test
    void placesAdvisorsAtCapitalsInProportionToMunicipalities() {
        List<Office> homes = JAPAN.advisorHomes(300);
        Office sapporo = JAPAN.prefectures().get(0).capital();
        Office tottori = JAPAN.prefectures().get(30).capital();

        assertThat(homes).hasSize(300);
        assertThat(homes.stream().filter(sapporo::equals).count()).as("Hokkaido, 179 of 1,741").isEqualTo(31);
        assertThat(homes.stream().filter(tottori::equals).count()).as("Tottori, 19 of 1,741").isEqualTo(3);
    }
}
