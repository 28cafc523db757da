package jp.lg.platform.surveys;

import java.util.Optional;

/**
 * The population bands of the Aizu standardisation study: 1 at least 10,000 residents, 2 from
 * 3,000 to under 10,000, 3 under 3,000. A town's recorded {@code aizu_group} wins; others are
 * placed by their population with the same thresholds.
 */
enum PopulationBand {
    ONE(1, "人口1万人以上", "10,000 residents or more"),
    TWO(2, "人口3千人以上1万人未満", "3,000 to 9,999 residents"),
    THREE(3, "人口3千人未満", "fewer than 3,000 residents");

    private final int number;
    private final String labelJa;
    private final String labelEn;

    PopulationBand(int number, String labelJa, String labelEn) {
        this.number = number;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    static PopulationBand of(Optional<Integer> aizuGroup, long population) {
        int group = aizuGroup.orElse(population >= 10_000 ? 1 : population >= 3_000 ? 2 : 3);
        return values()[group - 1];
    }

    int number() {
        return number;
    }

    String labelJa() {
        return labelJa;
    }

    String labelEn() {
        return labelEn;
    }
}
