package jp.lg.platform.ops.local;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The specialty codes of the shared DX experts (DX推進専門官), from {@code expert-specialties.csv}. */
final class ExpertSpecialties {

    static final String FILE = "expert-specialties.csv";

    private ExpertSpecialties() {}

    /** The {@code code} column of {@code expert-specialties.csv} in {@code sharedDataDir}, in file order. */
    static List<String> codes(Path sharedDataDir) {
        Path file = sharedDataDir.resolve(FILE);
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows =
                new CsvMapper().readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            List<String> codes = new ArrayList<>();
            while (rows.hasNext()) {
                String code = rows.next().get("code");
                if (code == null || code.isBlank()) {
                    throw new IllegalArgumentException(FILE + " line " + (codes.size() + 2) + ": code is empty");
                }
                codes.add(code.strip());
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
