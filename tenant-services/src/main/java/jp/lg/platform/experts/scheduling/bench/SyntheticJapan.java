package jp.lg.platform.experts.scheduling.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jp.lg.platform.experts.scheduling.Office;
import jp.lg.platform.experts.scheduling.Town;

/**
 * Made-up but plausible municipalities (市区町村) of all Japan for the national benchmark, which
 * {@code shared/data} does not hold: per prefecture of {@code prefectures.csv} (capital, real number of
 * municipalities, 1,741 in all, and how far they spread), offices scattered around the prefectural capital
 * (normal, {@code spread_km}, cut at 2.5 ×), populations log-normal (median 22,000, σ 1.4, 200 – 3.8
 * million), the first town of each prefecture being its capital at the capital's office and at least
 * 250,000 strong. Codes are prefecture + sequence, without check digit. The same seed gives the same towns.
 */
public record SyntheticJapan(List<Prefecture> prefectures, List<Town> towns) {

    /** One row of {@code prefectures.csv}. */
    public record Prefecture(String code, String name, Office capital, int municipalities, double spreadKm) {
    }

    private static final double KM_PER_DEGREE_LAT = 111.2;
    private static final double MEDIAN_POPULATION = 22_000;
    private static final double POPULATION_SIGMA = 1.4;

    public SyntheticJapan {
        prefectures = List.copyOf(prefectures);
        towns = List.copyOf(towns);
    }

    public static SyntheticJapan generate(long seed) {
        Random random = new Random(seed);
        List<Prefecture> prefectures = readPrefectures();
        List<Town> towns = new ArrayList<>();
        for (Prefecture prefecture : prefectures) {
            for (int i = 0; i < prefecture.municipalities(); i++) {
                String code = prefecture.code() + String.format("%04d", i + 1);
                Office office = i == 0 ? prefecture.capital() : scatter(prefecture, random);
                int population = population(random);
                towns.add(new Town(code, prefecture.name() + "-" + (i + 1), office,
                        i == 0 ? Math.max(250_000, population) : population));
            }
        }
        return new SyntheticJapan(prefectures, towns);
    }

    /**
     * {@code count} homes for advisors, at prefectural capitals in proportion to each prefecture's
     * municipalities (largest remainder), grouped by prefecture in file order.
     */
    public List<Office> advisorHomes(int count) {
        int total = towns.size();
        int[] seats = new int[prefectures.size()];
        double[] remainders = new double[prefectures.size()];
        int given = 0;
        for (int p = 0; p < prefectures.size(); p++) {
            double exact = (double) count * prefectures.get(p).municipalities() / total;
            seats[p] = (int) exact;
            remainders[p] = exact - seats[p];
            given += seats[p];
        }
        for (; given < count; given++) {
            int largest = 0;
            for (int p = 1; p < remainders.length; p++) {
                largest = remainders[p] > remainders[largest] ? p : largest;
            }
            seats[largest]++;
            remainders[largest] = -1;
        }
        List<Office> homes = new ArrayList<>();
        for (int p = 0; p < prefectures.size(); p++) {
            for (int s = 0; s < seats[p]; s++) {
                homes.add(prefectures.get(p).capital());
            }
        }
        return homes;
    }

    private static Office scatter(Prefecture prefecture, Random random) {
        double north = clampedGaussian(random) * prefecture.spreadKm();
        double east = clampedGaussian(random) * prefecture.spreadKm();
        double lat = prefecture.capital().lat() + north / KM_PER_DEGREE_LAT;
        double lon = prefecture.capital().lon() + east / (KM_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat)));
        return new Office(lat, lon);
    }

    private static double clampedGaussian(Random random) {
        return Math.max(-2.5, Math.min(2.5, random.nextGaussian()));
    }

    private static int population(Random random) {
        double drawn = MEDIAN_POPULATION * Math.exp(POPULATION_SIGMA * random.nextGaussian());
        return (int) Math.round(Math.max(200, Math.min(3_800_000, drawn)));
    }

    private static List<Prefecture> readPrefectures() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                SyntheticJapan.class.getResourceAsStream("prefectures.csv"), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")).map(r ->
                    new Prefecture(r[0], r[1], new Office(Double.parseDouble(r[2]), Double.parseDouble(r[3])),
                            Integer.parseInt(r[4]), Double.parseDouble(r[5]))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read prefectures.csv", e);
        }
    }
}
