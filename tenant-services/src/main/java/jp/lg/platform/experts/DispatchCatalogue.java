package jp.lg.platform.experts;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The policy the expert requests follow, read as configuration from the reference CSV files:
 * specialties ({@code expert-specialties.csv}), programmes with their caps
 * ({@code dispatch-programs.csv}) and caps across programmes ({@code combined-caps.csv}).
 * Immutable and thread-safe.
 */
public record DispatchCatalogue(Map<String, String> specialties, Map<String, Programme> programmes,
        Map<String, Integer> combinedCaps) {

    static final String SPECIALTIES = "expert-specialties.csv";
    static final String PROGRAMMES = "dispatch-programs.csv";
    static final String COMBINED_CAPS = "combined-caps.csv";
    private static final String BUNDLED = "/experts/reference/";

    public DispatchCatalogue {
        specialties = Map.copyOf(specialties);
        programmes = Map.copyOf(programmes);
        combinedCaps = Map.copyOf(combinedCaps);
    }

    /** From the configured reference data directory, or the copy shipped in the jar when none is configured. */
    public static DispatchCatalogue load(Optional<Path> directory) {
        return new DispatchCatalogue(
                specialties(rows(directory, SPECIALTIES)),
                programmes(rows(directory, PROGRAMMES)),
                combinedCaps(rows(directory, COMBINED_CAPS)));
    }

    public boolean knowsSpecialty(String code) {
        return code != null && specialties.containsKey(code);
    }

    public Optional<Programme> programme(String code) {
        return Optional.ofNullable(code).map(programmes::get);
    }

    /** Programmes that count against the combined cap {@code group}. */
    public List<String> programmesIn(String group) {
        return programmes.values().stream()
                .filter(p -> p.combinedCapGroup().filter(group::equals).isPresent())
                .map(Programme::code).sorted().toList();
    }

    private static Map<String, String> specialties(List<Map<String, String>> rows) {
        Map<String, String> byCode = new LinkedHashMap<>();
        rows.forEach(row -> byCode.put(row.get("code"), row.get("name_ja")));
        return byCode;
    }

    private static Map<String, Programme> programmes(List<Map<String, String>> rows) {
        Map<String, Programme> byCode = new LinkedHashMap<>();
        for (Map<String, String> row : rows) {
            String cap = blankToNull(row.get("max_dispatches_per_municipality_per_fiscal_year"));
            byCode.put(row.get("code"), new Programme(row.get("code"), row.get("name_ja"), row.get("name_en"),
                    cap == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(cap)),
                    Optional.ofNullable(blankToNull(row.get("combined_cap_group")))));
        }
        return byCode;
    }

    private static Map<String, Integer> combinedCaps(List<Map<String, String>> rows) {
        Map<String, Integer> byGroup = new LinkedHashMap<>();
        rows.forEach(row -> byGroup.put(row.get("group"),
                Integer.parseInt(row.get("max_dispatches_per_municipality_per_fiscal_year").strip())));
        return byGroup;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<Map<String, String>> rows(Optional<Path> directory, String file) {
        CsvMapper mapper = new CsvMapper();
        try (InputStream in = open(directory, file);
                MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(Optional<Path> directory, String file) throws IOException {
        if (directory.isPresent()) {
            return Files.newInputStream(directory.get().resolve(file));
        }
        InputStream bundled = DispatchCatalogue.class.getResourceAsStream(BUNDLED + file);
        if (bundled == null) {
            throw new IOException("no reference data directory configured and no bundled " + file);
        }
        return bundled;
    }
}
