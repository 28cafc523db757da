package jp.lg.platform.experts.scheduling.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.platform.experts.scheduling.CombinedCap;
import jp.lg.platform.experts.scheduling.Office;
import jp.lg.platform.experts.scheduling.ProgrammeCap;
import jp.lg.platform.experts.scheduling.Town;

/**
 * The reference data of {@code shared/data} a benchmark problem is built from: municipalities with
 * office and population, collaborations, specialties, dispatch programmes and their caps.
 * Immutable once read.
 */
public record ReferenceData(
        Map<String, Town> municipalities,
        Map<String, Office> prefectureOffices,
        Map<String, List<String>> collaborationMembers,
        List<String> specialties,
        List<String> programmes,
        List<ProgrammeCap> programmeCaps,
        List<CombinedCap> combinedCaps) {

    /** Reads the CSV files of {@code dataDir} (UTF-8, header line first, no quoted commas). */
    public static ReferenceData read(Path dataDir) {
        Map<String, Town> towns = new LinkedHashMap<>();
        Map<String, Office> prefectures = new LinkedHashMap<>();
        for (Map<String, String> row : rows(dataDir.resolve("municipalities.csv"))) {
            Office office = new Office(Double.parseDouble(row.get("office_lat")), Double.parseDouble(row.get("office_lon")));
            if (row.get("kind").equals("prefecture")) {
                prefectures.put(row.get("code"), office);
            } else {
                towns.put(row.get("code"), new Town(row.get("code"), row.get("name_ja"), office, Integer.parseInt(row.get("population"))));
            }
        }
        Map<String, List<String>> members = rows(dataDir.resolve("collaborations.csv")).stream()
                .collect(Collectors.groupingBy(r -> r.get("code"), LinkedHashMap::new,
                        Collectors.mapping(r -> r.get("member_code"), Collectors.toList())));
        List<String> specialties = rows(dataDir.resolve("expert-specialties.csv")).stream().map(r -> r.get("code")).toList();
        List<Map<String, String>> programmeRows = rows(dataDir.resolve("dispatch-programs.csv"));
        return new ReferenceData(towns, prefectures, members, specialties,
                programmeRows.stream().map(r -> r.get("code")).toList(),
                programmeRows.stream().filter(r -> !r.get("max_dispatches_per_municipality_per_fiscal_year").isEmpty())
                        .map(r -> new ProgrammeCap(r.get("code"), Integer.parseInt(r.get("max_dispatches_per_municipality_per_fiscal_year"))))
                        .toList(),
                combinedCaps(rows(dataDir.resolve("combined-caps.csv")), programmeRows));
    }

    /** The uncapped programme requests fall back to when a town has used up the capped ones. */
    public Optional<String> uncappedProgramme() {
        Set<String> capped = programmeCaps.stream().map(ProgrammeCap::programme).collect(Collectors.toSet());
        return programmes.stream().filter(p -> !capped.contains(p)).findFirst();
    }

    /** The members of a collaboration (e.g. {@code team-ehime}), in file order. */
    public List<Town> members(String collaboration) {
        return collaborationMembers.getOrDefault(collaboration, List.of()).stream()
                .map(municipalities::get).filter(town -> town != null).toList();
    }

    private static List<CombinedCap> combinedCaps(List<Map<String, String>> capRows, List<Map<String, String>> programmeRows) {
        return capRows.stream().map(cap -> new CombinedCap(cap.get("group"),
                        programmeRows.stream().filter(p -> cap.get("group").equals(p.get("combined_cap_group")))
                                .map(p -> p.get("code")).collect(Collectors.toSet()),
                        Integer.parseInt(cap.get("max_dispatches_per_municipality_per_fiscal_year"))))
                .toList();
    }

    private static List<Map<String, String>> rows(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].trim() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }
}
