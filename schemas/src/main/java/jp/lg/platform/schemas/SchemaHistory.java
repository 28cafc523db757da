package jp.lg.platform.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Every published version of every event schema, as kept under {@code schema-history/} on the
 * classpath (one fully resolved {@code .avsc} per version, listed in {@code schema-history/index}).
 * Versions are never edited or removed, so any record ever written stays readable.
 */
public final class SchemaHistory {

    static final String ROOT = "schema-history/";

    private final Map<String, List<Version>> byName;

    private SchemaHistory(Map<String, List<Version>> byName) {
        this.byName = byName;
    }

    /** The history shipped in this jar. */
    public static SchemaHistory load() {
        Map<String, List<Version>> byName = new LinkedHashMap<>();
        for (String line : read(ROOT + "index").split("\n")) {
            String path = line.strip();
            if (path.isEmpty() || path.startsWith("#")) {
                continue;
            }
            Version version = Version.parse(path, new Schema.Parser().parse(read(ROOT + path)));
            byName.computeIfAbsent(version.schema().getFullName(), name -> new ArrayList<>()).add(version);
        }
        byName.values().forEach(versions -> versions.sort(Comparator.comparingInt(Version::number)));
        return new SchemaHistory(byName);
    }

    /** This history plus one more version (the next number of its type); for tests of evolution. */
    public SchemaHistory with(Schema next) {
        Map<String, List<Version>> copy = new LinkedHashMap<>();
        byName.forEach((name, versions) -> copy.put(name, new ArrayList<>(versions)));
        List<Version> versions = copy.computeIfAbsent(next.getFullName(), name -> new ArrayList<>());
        int number = versions.size() + 1;
        versions.add(new Version(next.getFullName() + "/v" + number + ".avsc", number, next));
        return new SchemaHistory(copy);
    }

    /** Full names of the event types with a history. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** All versions of one type, oldest first; empty if unknown. */
    public List<Version> versions(String fullName) {
        return byName.getOrDefault(fullName, List.of());
    }

    /** Every schema of every version. */
    public List<Schema> allSchemas() {
        return byName.values().stream().flatMap(List::stream).map(Version::schema).toList();
    }

    private static String read(String resource) {
        try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema history resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One published version: {@code <full name>/v<number>.avsc}. */
    public record Version(String path, int number, Schema schema) {
        static Version parse(String path, Schema schema) {
            String file = path.substring(path.lastIndexOf('/') + 1);
            if (!file.matches("v\\d+\\.avsc") || !path.startsWith(schema.getFullName() + "/")) {
                throw new IllegalStateException("schema history entry " + path + " must be <full name>/v<N>.avsc");
            }
            return new Version(path, Integer.parseInt(file.substring(1, file.length() - 5)), schema);
        }
    }
}
