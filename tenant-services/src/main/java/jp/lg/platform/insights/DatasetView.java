package jp.lg.platform.insights;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A dataset: its shape, the metrics its measures are, and its latest version (null before the first import). */
@Schema(name = "Dataset")
record DatasetView(
        @Schema(example = "furusato-donations") String id,
        @Schema(example = "ふるさと納税の受入額（使途別）") String nameJa,
        @Schema(example = "Furusato nozei donations by purpose") String nameEn,
        @Schema(example = "imported", description = "imported, or built-in (population from the directory)") String origin,
        @Schema(example = "380008", description = "LG code of the prefecture that keeps it; null when built in") String owner,
        DatasetShape shape,
        @Schema(example = "[\"furusato-donations.amount\", \"furusato-donations.donations\"]") List<String> metrics,
        @Schema(example = "2") Integer latestVersion,
        @Schema(example = "2") int versions) {

    static DatasetView population(DatasetShape shape) {
        return new DatasetView(DatasetMetrics.POPULATION, shape.nameJa(), shape.nameEn(), "built-in", null, shape,
                List.of(DatasetMetrics.POPULATION_METRIC), 1, 1);
    }

    /** The datasets, built-in first. */
    @Schema(name = "Datasets")
    record ListView(List<DatasetView> items) {}

    /** One imported version; earlier versions stay readable with {@code ?version=}. */
    @Schema(name = "DatasetVersion")
    record VersionView(
            @Schema(example = "furusato-donations") String dataset,
            @Schema(example = "1") int version,
            @Schema(example = "3f5d…", description = "SHA-256 of the file and the shape it was read with") String sha256,
            @Schema(example = "furusato-nozei-ehime.csv") String fileName,
            @Schema(example = "csv") String format,
            @Schema(example = "12") int rows,
            @Schema(example = "ehime.analyst") String importedBy,
            Instant importedAt) {

        static VersionView of(DatasetStore.Version v) {
            return new VersionView(v.datasetId(), v.version(), v.sha256(), v.fileName(), v.mediaType(), v.rows(),
                    v.importedBy(), v.importedAt());
        }
    }

    @Schema(name = "DatasetVersions")
    record VersionsView(List<VersionView> items) {}

    /** A version's values as imported, in file order (at most 10,000). */
    @Schema(name = "DatasetRows")
    record RowsView(@Schema(example = "furusato-donations") String dataset, @Schema(example = "1") int version,
            List<Row> rows, @Schema(nullable = true, description = "pass as ?cursor= for the next page; absent on the"
                    + " last") String nextCursor) {
    }

    /** One value: measure, town, period, dimension values ("-" when none) and the line or row it came from. */
    @Schema(name = "DatasetRow")
    record Row(@Schema(example = "amount") String measure, @Schema(example = "382060") String municipalityCode,
            @Schema(example = "FY2024") String period, @Schema(example = "子育て支援") String dimension1,
            @Schema(example = "-") String dimension2, @Schema(example = "152000000") BigDecimal value,
            @Schema(example = "5") int line) {
        static Row of(DatasetRows.Value v) {
            return new Row(v.measure(), v.town(), v.period(), v.dimension1(), v.dimension2(), v.value(), v.line());
        }
    }
}
