package jp.lg.platform.insights;

/** Population bands (人口規模) municipalities are grouped in; lower bound inclusive, upper exclusive. */
enum PopulationBand {
    UNDER_5K("under-5k", "5千人未満", 0),
    FROM_5K("5k-20k", "5千〜2万人", 5_000),
    FROM_20K("20k-50k", "2万〜5万人", 20_000),
    FROM_50K("50k-100k", "5万〜10万人", 50_000),
    FROM_100K("100k-300k", "10万〜30万人", 100_000),
    FROM_300K("300k-and-over", "30万人以上", 300_000);

    private final String code;
    private final String nameJa;
    private final long from;

    PopulationBand(String code, String nameJa, long from) {
        this.code = code;
        this.nameJa = nameJa;
        this.from = from;
    }

    static PopulationBand of(long population) {
        PopulationBand band = UNDER_5K;
        for (PopulationBand b : values()) {
            band = population >= b.from ? b : band;
        }
        return band;
    }

    String code() {
        return code;
    }

    String nameJa() {
        return nameJa;
    }
}
