package jp.lg.platform.insights;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** The dataset tables on one handle: declarations, versions and values (V14). */
final class DatasetStore {

    static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Handle h;

    DatasetStore(Handle h) {
        this.h = h;
    }

    /** A declared dataset: its owner (LG code) and shape. */
    record Declared(String id, String owner, DatasetShape shape, String declaredBy, Instant declaredAt) {}

    /** One imported version. */
    record Version(String datasetId, int version, String sha256, String fileName, String mediaType, DatasetShape shape,
            int rows, String importedBy, Instant importedAt) {}

    Optional<Declared> find(String id) {
        return h.createQuery("select id, owner_code, shape::text as shape, declared_by, declared_at from datasets"
                        + " where id = :id")
                .bind("id", id).map((rs, ctx) -> new Declared(rs.getString("id"), rs.getString("owner_code"),
                        shape(rs.getString("shape")), rs.getString("declared_by"),
                        rs.getObject("declared_at", OffsetDateTime.class).toInstant()))
                .findOne();
    }

    List<Declared> all() {
        return h.createQuery("select id, owner_code, shape::text as shape, declared_by, declared_at from datasets order by id")
                .map((rs, ctx) -> new Declared(rs.getString("id"), rs.getString("owner_code"),
                        shape(rs.getString("shape")), rs.getString("declared_by"),
                        rs.getObject("declared_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** Declares a dataset or changes its shape; false when another tenant owns the id. */
    boolean declare(String id, String owner, DatasetShape shape, String by) {
        return h.createUpdate("insert into datasets (id, owner_code, shape, declared_by) values (:id, :owner,"
                        + " cast(:shape as jsonb), :by) on conflict (id) do update set shape = excluded.shape,"
                        + " declared_by = excluded.declared_by, declared_at = now() where datasets.owner_code = :owner")
                .bind("id", id).bind("owner", owner).bind("shape", json(shape)).bind("by", by).execute() == 1;
    }

    /** Locks the dataset's row, so two imports of one dataset take version numbers one after the other. */
    void lock(String id) {
        h.createQuery("select id from datasets where id = :id for update").bind("id", id).mapTo(String.class).one();
    }

    Optional<Version> versionWithContent(String id, String sha256) {
        return versions(id).stream().filter(v -> v.sha256().equals(sha256)).findFirst();
    }

    Optional<Version> version(String id, int version) {
        return versions(id).stream().filter(v -> v.version() == version).findFirst();
    }

    Optional<Version> latest(String id) {
        List<Version> all = versions(id);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Every version of a dataset, oldest first. */
    List<Version> versions(String id) {
        return h.createQuery("select dataset_id, version, content_sha256, file_name, media_type, shape::text as shape,"
                        + " row_count, imported_by, imported_at from dataset_versions where dataset_id = :id order by version")
                .bind("id", id)
                .map((rs, ctx) -> new Version(rs.getString("dataset_id"), rs.getInt("version"),
                        rs.getString("content_sha256"), rs.getString("file_name"), rs.getString("media_type"),
                        shape(rs.getString("shape")), rs.getInt("row_count"), rs.getString("imported_by"),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Version insert(String id, String sha256, String fileName, String mediaType, DatasetShape shape, int rows, String by,
            List<DatasetRows.Value> values) {
        int next = h.createQuery("select coalesce(max(version), 0) + 1 from dataset_versions where dataset_id = :id")
                .bind("id", id).mapTo(Integer.class).one();
        h.createUpdate("insert into dataset_versions (dataset_id, version, content_sha256, file_name, media_type, shape,"
                        + " row_count, imported_by) values (:id, :version, :sha, :file, :type, cast(:shape as jsonb), :rows, :by)")
                .bind("id", id).bind("version", next).bind("sha", sha256).bind("file", fileName).bind("type", mediaType)
                .bind("shape", json(shape)).bind("rows", rows).bind("by", by).execute();
        PreparedBatch batch = h.prepareBatch("insert into dataset_values (dataset_id, version, measure, municipality_code,"
                + " period, dimension1, dimension2, value, line) values (:id, :version, :measure, :town, :period, :d1, :d2,"
                + " :value, :line)");
        for (DatasetRows.Value v : values) {
            batch.bind("id", id).bind("version", next).bind("measure", v.measure()).bind("town", v.town())
                    .bind("period", v.period()).bind("d1", v.dimension1()).bind("d2", v.dimension2())
                    .bind("value", v.value()).bind("line", v.line()).add();
        }
        batch.execute();
        return version(id, next).orElseThrow();
    }

    /** A version's values in file order (line, then measure), after the value at {@code afterLine} and {@code afterMeasure}. */
    List<DatasetRows.Value> values(String id, int version, int afterLine, String afterMeasure, int limit) {
        return h.createQuery("select measure, municipality_code, period, dimension1, dimension2, value, line"
                        + " from dataset_values where dataset_id = :id and version = :version"
                        + " and (line, measure) > (:line, :measure) order by line, measure limit :limit")
                .bind("id", id).bind("version", version).bind("line", afterLine).bind("measure", afterMeasure)
                .bind("limit", limit)
                .map((rs, ctx) -> new DatasetRows.Value(rs.getString("measure"), rs.getString("municipality_code"),
                        rs.getString("period"), rs.getString("dimension1"), rs.getString("dimension2"),
                        rs.getBigDecimal("value"), rs.getInt("line")))
                .list();
    }

    /** A measure's values of some towns and periods, summed over the dimensions asked for. */
    List<Summed> sums(String id, int version, String measure, List<String> towns, List<String> periods,
            Optional<String> dimension1, Optional<String> dimension2) {
        return h.createQuery("select municipality_code, period, sum(value) as total from dataset_values"
                        + " where dataset_id = :id and version = :version and measure = :measure"
                        + " and municipality_code = any(:towns) and period = any(:periods)"
                        + " and (cast(:d1 as text) is null or dimension1 = :d1)"
                        + " and (cast(:d2 as text) is null or dimension2 = :d2) group by municipality_code, period")
                .bind("id", id).bind("version", version).bind("measure", measure)
                .bind("towns", towns.toArray(String[]::new)).bind("periods", periods.toArray(String[]::new))
                .bind("d1", dimension1.orElse(null)).bind("d2", dimension2.orElse(null))
                .map((rs, ctx) -> new Summed(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)))
                .list();
    }

    record Summed(String town, String period, BigDecimal value) {}

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatasetShape shape(String json) {
        try {
            return JSON.readValue(json, DatasetShape.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
