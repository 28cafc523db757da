package jp.lg.platform.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

/** The build fails when a schema changes incompatibly or a change is not recorded as a new version. */
class SchemaHistoryTest {

    private static final Path CURRENT = Path.of("src/main/avro/current");
    private static final Path HISTORY = Path.of("src/main/resources", SchemaHistory.ROOT);

    private final SchemaHistory history = SchemaHistory.load();

    @Test
    void everyVersionReadsDataWrittenWithEveryOtherVersion() {
        for (String name : history.names()) {
            for (SchemaHistory.Version reader : history.versions(name)) {
                for (SchemaHistory.Version writer : history.versions(name)) {
                    var result = SchemaCompatibility.checkReaderWriterCompatibility(reader.schema(), writer.schema());
                    assertThat(result.getType())
                            .as("%s reading %s: %s", reader.path(), writer.path(), result.getResult().getIncompatibilities())
                            .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
                }
            }
        }
    }

    @Test
    void everyEventOfThisBuildIsItsLatestRecordedVersion() throws IOException {
        List<String> events = currentEventNames();

        assertThat(events).isNotEmpty();
        for (String name : events) {
            List<SchemaHistory.Version> versions = history.versions(name);
            Schema built = builtSchema(name);
            assertThat(versions).as("%s has no recorded version; save this as %s/v1.avsc:%n%s",
                    name, name, built.toString(true)).isNotEmpty();
            SchemaHistory.Version latest = versions.get(versions.size() - 1);
            assertThat(built).as("%s changed since %s; record it as %s/v%d.avsc:%n%s", name, latest.path(),
                    name, latest.number() + 1, built.toString(true)).isEqualTo(latest.schema());
        }
    }

    @Test
    void theIndexListsEveryRecordedFile() throws IOException {
        String index = Files.readString(HISTORY.resolve("index"));
        try (Stream<Path> files = Files.walk(HISTORY)) {
            files.filter(p -> p.toString().endsWith(".avsc"))
                    .map(p -> HISTORY.relativize(p).toString().replace('\\', '/'))
                    .forEach(path -> assertThat(index).as("schema-history/index lists %s", path).contains(path));
        }
    }

    @Test
    void compatibilityCheckCatchesANewFieldWithoutDefault() throws IOException {
        Schema v1 = history.versions("jp.lg.platform.events.directory.TenantUpdated").get(0).schema();
        Schema broken = new Schema.Parser().parse(
                getClass().getResourceAsStream("/evolution/TenantUpdated-incompatible.avsc"));

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(broken, v1).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    /** Full names of the top-level events (records with an envelope) among the current schemas. */
    private static List<String> currentEventNames() throws IOException {
        try (Stream<Path> files = Files.list(CURRENT)) {
            return files.filter(p -> p.toString().endsWith(".avsc"))
                    .map(SchemaHistoryTest::fullName)
                    .filter(name -> builtSchema(name).getField("meta") != null)
                    .sorted()
                    .toList();
        }
    }

    private static String fullName(Path avsc) {
        try {
            JsonNode schema = new ObjectMapper().readTree(avsc.toFile());
            return schema.path("namespace").asText() + "." + schema.path("name").asText();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + avsc, e);
        }
    }

    private static Schema builtSchema(String fullName) {
        try {
            return SpecificData.get().getSchema(Class.forName(fullName));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no generated class for " + fullName, e);
        }
    }
}
