package jp.lg.platform.ops.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * Reference data for a national-size run: the real rows of {@code shared/data} (Ehime, Fukushima and
 * their collaborations) plus 1,741 generated municipalities spread over the 47 prefectures, all
 * members of one collaboration {@code national-dx} led by Tokyo. Written as the same CSV files the
 * application imports; the other reference files are copied unchanged. Seeded, so every run is alike.
 */
final class SyntheticDirectory {

    static final String NATIONAL = "national-dx";
    static final int MUNICIPALITIES = 1_741;
    static final LgCode TOKYO = LgCode.withCheckDigit("13000");

    private final List<LgCode> towns = new ArrayList<>();

    /** Writes the files into {@code target} and remembers the generated towns. */
    SyntheticDirectory write(Path sharedData, Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(sharedData)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        List<String> existing = Files.readAllLines(sharedData.resolve("municipalities.csv"));
        List<String> municipalities = new ArrayList<>(existing);
        List<String> collaborations = new ArrayList<>(Files.readAllLines(sharedData.resolve("collaborations.csv")));
        Random random = new Random(1741);
        for (int prefecture = 1; prefecture <= 47; prefecture++) {
            String number = String.format("%02d", prefecture);
            LgCode prefectureCode = LgCode.withCheckDigit(number + "000");
            double lat = 31 + random.nextDouble() * 12;
            double lon = 130 + random.nextDouble() * 15;
            if (existing.stream().noneMatch(line -> line.startsWith(prefectureCode.value() + ","))) {
                municipalities.add(String.join(",", prefectureCode.value(), "合成県" + number, "Synthetic " + number,
                        "prefecture", "", "", "1000000", "2024-01-01", coordinate(lat), coordinate(lon)));
            }
            int count = MUNICIPALITIES / 47 + (prefecture <= MUNICIPALITIES % 47 ? 1 : 0);
            for (int i = 0; i < count; i++) {
                LgCode town = LgCode.withCheckDigit(number + (900 + i));
                towns.add(town);
                long population = Math.round(Math.exp(10 + random.nextGaussian() * 1.2));
                municipalities.add(String.join(",", town.value(), "合成町" + number + "-" + i, "synth-" + number + "-" + i,
                        "town", prefectureCode.value(), "", String.valueOf(Math.max(200, population)), "2024-01-01",
                        coordinate(lat + random.nextGaussian() * 0.3), coordinate(lon + random.nextGaussian() * 0.3)));
                collaborations.add(String.join(",", NATIONAL, "全国DX連携", "National DX network", TOKYO.value(),
                        town.value()));
            }
        }
        Files.write(target.resolve("municipalities.csv"), municipalities);
        Files.write(target.resolve("collaborations.csv"), collaborations);
        return this;
    }

    /** The generated municipalities, every one a member of {@link #NATIONAL}. */
    List<LgCode> towns() {
        return List.copyOf(towns);
    }

    private static String coordinate(double degrees) {
        return String.format("%.4f", degrees);
    }
}
