package jp.lg.platform.core.tenancy;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tenants and collaborations described by the reference CSV files ({@code municipalities.csv},
 * {@code collaborations.csv}). The one source of truth for the directory, the Keycloak realm and
 * the demo users. Rows that are not valid stop the load with the file and line named.
 */
public record ReferenceData(List<Tenant> tenants, List<Collaboration> collaborations) {

    public static final String MUNICIPALITIES = "municipalities.csv";
    public static final String COLLABORATIONS = "collaborations.csv";

    public ReferenceData {
        tenants = List.copyOf(tenants);
        collaborations = List.copyOf(collaborations);
    }

    /** Reads the reference data from a directory holding the CSV files. */
    public static ReferenceData load(Path directory) {
        List<Tenant> tenants = new ArrayList<>();
        for (Row row : rows(directory.resolve(MUNICIPALITIES))) {
            tenants.add(row.parse(ReferenceData::tenant));
        }
        Map<String, CollaborationBuilder> byCode = new LinkedHashMap<>();
        for (Row row : rows(directory.resolve(COLLABORATIONS))) {
            row.parse(values -> byCode
                    .computeIfAbsent(values.get("code"), code -> new CollaborationBuilder(code, values))
                    .add(LgCode.parse(values.get("member_code"))));
        }
        return new ReferenceData(tenants, byCode.values().stream().map(CollaborationBuilder::build).toList());
    }

    /** The tenant with this code, if the reference data has it. */
    public Optional<Tenant> tenant(LgCode code) {
        return tenants.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    private static Tenant tenant(Map<String, String> v) {
        return new Tenant(
                LgCode.parse(v.get("code")),
                required(v, "name_ja"),
                required(v, "name_en"),
                TenantKind.fromCode(v.get("kind")),
                optional(v, "parent_code").map(LgCode::parse),
                optional(v, "aizu_group").map(Integer::valueOf),
                Long.parseLong(required(v, "population")),
                LocalDate.parse(required(v, "population_as_of")),
                new Tenant.GeoPoint(
                        Double.parseDouble(required(v, "office_lat")),
                        Double.parseDouble(required(v, "office_lon"))));
    }

    private static String required(Map<String, String> values, String column) {
        return optional(values, column).orElseThrow(() -> new IllegalArgumentException(column + " is empty"));
    }

    private static Optional<String> optional(Map<String, String> values, String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static List<Row> rows(Path file) {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it =
                mapper.readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
            List<Row> rows = new ArrayList<>();
            int line = 1;
            while (it.hasNext()) {
                rows.add(new Row(file, ++line, it.next()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private record Row(Path file, int line, Map<String, String> values) {
        <T> T parse(java.util.function.Function<Map<String, String>, T> parser) {
            try {
                return parser.apply(values);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file.getFileName() + " line " + line + ": " + e.getMessage(), e);
            }
        }
    }

    private static final class CollaborationBuilder {
        private final String code;
        private final String nameJa;
        private final String nameEn;
        private final LgCode lead;
        private final List<LgCode> members = new ArrayList<>();

        CollaborationBuilder(String code, Map<String, String> first) {
            this.code = code;
            this.nameJa = required(first, "name_ja");
            this.nameEn = required(first, "name_en");
            this.lead = LgCode.parse(first.get("lead_code"));
        }

        CollaborationBuilder add(LgCode member) {
            members.add(member);
            return this;
        }

        Collaboration build() {
            return new Collaboration(code, nameJa, nameEn, lead, members.stream().sorted().toList());
        }
    }
}
