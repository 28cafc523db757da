package jp.lg.platform.insights;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.directory.DirectoryService;
import org.jdbi.v3.core.Jdbi;

/**
 * Datasets (データセット): a prefecture's analyst or coordinator declares a dataset's shape and imports
 * versions of it from CSV or .xlsx; every analyst finds its measures among the metrics. An import is checked
 * whole before anything is written, the same content imports once, a changed one becomes the next version.
 */
final class DatasetService {

    /** Values per page of {@code /rows}: the default and the most. */
    static final String ROWS_PAGE = "1000";
    static final int ROWS_PAGE_MAX = 10_000;

    private final Jdbi jdbi;
    private final DirectoryService directory;

    DatasetService(Jdbi jdbi, DirectoryService directory) {
        this.jdbi = jdbi;
        this.directory = directory;
    }

    /** An import's outcome: the version, and whether this call created it (false: the same content was there). */
    record Imported(DatasetView.VersionView version, boolean created) {}

    DatasetView declare(LgPrincipal caller, String id, DatasetShape shape) {
        String owner = prefectureOf(caller);
        List<FieldError> errors = new ArrayList<>();
        if (id == null || !id.matches(DatasetShape.ID) || id.length() < 2) {
            errors.add(new FieldError("id", "must be 2–48 lower-case letters, digits and hyphens, starting with a letter"));
        } else if (id.equals(DatasetMetrics.POPULATION)) {
            errors.add(new FieldError("id", "population is the built-in dataset from the directory / 組み込みのデータセットです"));
        }
        if (shape == null) {
            errors.add(new FieldError("body", "the dataset's shape is required / 定義が必要です"));
        } else {
            errors.addAll(shape.problems());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return jdbi.inTransaction(h -> {
            DatasetStore store = new DatasetStore(h);
            if (!store.declare(id, owner, shape, caller.username())) {
                throw notOwner(id, store.find(id).orElseThrow().owner());
            }
            return view(store.find(id).orElseThrow(), store.versions(id));
        });
    }

    Imported importFile(LgPrincipal caller, String id, String fileName, boolean xlsx, byte[] content) {
        String owner = prefectureOf(caller);
        DatasetStore.Declared declared = jdbi.withHandle(h -> new DatasetStore(h).find(id))
                .orElseThrow(() -> notFound(id));
        if (!declared.owner().equals(owner)) {
            throw notOwner(id, declared.owner());
        }
        DatasetShape shape = declared.shape();
        DatasetFile file = DatasetFile.read(content, xlsx, shape.sheet());
        DatasetRows.Result checked = DatasetRows.check(shape, file, municipalities());
        if (!checked.errors().isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, checked.errors().size() + " problems in the file;"
                    + " nothing was imported. Correct them and upload the whole file again. / ファイルに "
                    + checked.errors().size() + " 件の誤りがあるため取り込みませんでした。修正してファイル全体を再度アップロードしてください。",
                    checked.errors());
        }
        String sha = sha256(content, DatasetStore.json(shape));
        String name = fileName == null || fileName.isBlank() ? id + (xlsx ? ".xlsx" : ".csv") : fileName;
        return jdbi.inTransaction(h -> {
            DatasetStore store = new DatasetStore(h);
            store.lock(id);
            Optional<DatasetStore.Version> same = store.versionWithContent(id, sha);
            if (same.isPresent()) {
                return new Imported(DatasetView.VersionView.of(same.get()), false);
            }
            DatasetStore.Version v = store.insert(id, sha, name, xlsx ? "xlsx" : "csv", shape, file.lines().size(),
                    caller.username(), checked.values());
            return new Imported(DatasetView.VersionView.of(v), true);
        });
    }

    List<DatasetView> list() {
        List<DatasetView> views = new ArrayList<>();
        views.add(DatasetView.population(DatasetMetrics.populationShape()));
        jdbi.useHandle(h -> {
            DatasetStore store = new DatasetStore(h);
            store.all().forEach(d -> views.add(view(d, store.versions(d.id()))));
        });
        return views;
    }

    List<DatasetView.VersionView> versions(String id) {
        return jdbi.withHandle(h -> {
            DatasetStore store = new DatasetStore(h);
            store.find(id).orElseThrow(() -> notFound(id));
            return store.versions(id).stream().map(DatasetView.VersionView::of).toList();
        });
    }

    /** A version's rows as imported (latest when {@code version} is null), for the dataset's owner only. */
    /** A page of a version's values; {@code cursor} as issued with the page before, or null for the first. */
    DatasetView.RowsView rows(LgPrincipal caller, String id, Integer version, int limit, String cursor) {
        RowsCursor after = RowsCursor.decode(cursor);
        String owner = prefectureOf(caller);
        return jdbi.withHandle(h -> {
            DatasetStore store = new DatasetStore(h);
            DatasetStore.Declared d = store.find(id).orElseThrow(() -> notFound(id));
            if (!d.owner().equals(owner)) {
                throw MetricAudience.forbidden("Rows of " + id + " are read by its owner " + d.owner() + "; others compare"
                        + " its measures through /api/v1/metrics.");
            }
            DatasetStore.Version v = (version == null ? store.latest(id) : store.version(id, version))
                    .orElseThrow(() -> ProblemException.notFound("Dataset " + id + " has no version "
                            + (version == null ? "yet" : version) + "."));
            Page<DatasetView.Row> page = Page.of(store.values(id, v.version(), after.line(), after.measure(), limit + 1),
                    limit, RowsCursor::key, DatasetView.Row::of);
            return new DatasetView.RowsView(id, v.version(), page.items(), page.nextCursor());
        });
    }

    /** Where a page of rows ends: the line and measure of its last value, opaque to clients. */
    record RowsCursor(int line, String measure) {

        static final RowsCursor START = new RowsCursor(0, "");

        /** The sort key a page's cursor stands for. */
        static String key(DatasetRows.Value last) {
            return last.line() + "|" + last.measure();
        }

        static RowsCursor decode(String cursor) {
            String key = Page.decode(cursor);
            if (key.isEmpty()) {
                return START;
            }
            int bar = key.indexOf('|');
            try {
                return new RowsCursor(Integer.parseInt(key.substring(0, Math.max(bar, 0))), key.substring(bar + 1));
            } catch (NumberFormatException e) {
                throw Page.notACursor();
            }
        }
    }

    /** Every dataset measure as a metric, with the time of its latest version. */
    Map<Metric, java.time.Instant> metrics() {
        Map<Metric, java.time.Instant> metrics = new java.util.LinkedHashMap<>();
        metrics.put(DatasetMetrics.population(), null);
        jdbi.useHandle(h -> {
            DatasetStore store = new DatasetStore(h);
            for (DatasetStore.Declared d : store.all()) {
                store.latest(d.id()).ifPresent(v -> v.shape().measures()
                        .forEach(m -> metrics.put(DatasetMetrics.of(d.id(), v.shape(), m), v.importedAt())));
            }
        });
        return metrics;
    }

    Optional<Metric> metric(String metricId) {
        if (metricId.equals(DatasetMetrics.POPULATION_METRIC)) {
            return Optional.of(DatasetMetrics.population());
        }
        String dataset = DatasetMetrics.datasetOf(metricId);
        if (dataset == null) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> new DatasetStore(h).latest(dataset)).flatMap(v -> v.shape().measures().stream()
                .filter(m -> metricId.equals(dataset + "." + m.id())).findFirst()
                .map(m -> DatasetMetrics.of(dataset, v.shape(), m)));
    }

    /** Town → period → figure of a dataset metric; a monthly dataset's months add up into fiscal years. */
    Map<String, Map<String, Figure>> figures(Metric metric, Integer version, List<String> towns, ValuesQuery query,
            Map<String, Tenant> tenants) {
        Map<String, Map<String, Figure>> figures = new HashMap<>();
        String dataset = DatasetMetrics.datasetOf(metric.id());
        if (dataset.equals(DatasetMetrics.POPULATION)) {
            if (version != null && version != 1) {
                throw ProblemException.notFound("The built-in dataset population has version 1 only.");
            }
            towns.forEach(t -> figures.computeIfAbsent(t, x -> new HashMap<>()).put(
                    DatasetMetrics.populationPeriod(tenants.get(t)), Figure.amount(BigDecimal.valueOf(tenants.get(t).population()))));
            return figures;
        }
        jdbi.useHandle(h -> {
            DatasetStore store = new DatasetStore(h);
            DatasetStore.Version v = (version == null ? store.latest(dataset) : store.version(dataset, version))
                    .orElseThrow(() -> ProblemException.notFound("Dataset " + dataset + " has no version " + version + "."));
            boolean monthly = v.shape().period().equals("month");
            List<String> periods = monthly
                    ? Periods.between(Periods.firstMonthIn(query.from()), Periods.lastMonthIn(query.to())) : query.periods();
            String measure = metric.id().substring(dataset.length() + 1);
            for (DatasetStore.Summed s : store.sums(dataset, v.version(), measure, towns, periods, query.programme(),
                    query.specialty())) {
                String period = monthly ? Periods.countedIn(s.period(), query.from()) : s.period();
                Figure f = metric.kind() == Metric.Kind.COUNT ? Figure.count(s.value().longValueExact())
                        : Figure.amount(s.value());
                figures.computeIfAbsent(s.town(), x -> new HashMap<>()).merge(period, f, Figure::plus);
            }
        });
        return figures;
    }

    private Set<String> municipalities() {
        return directory.snapshot().tenants().stream().filter(t -> t.kind().isMunicipality())
                .map(t -> t.code().value()).collect(Collectors.toSet());
    }

    /** The caller's tenant when it is a prefecture; datasets are kept by prefectures. */
    private String prefectureOf(LgPrincipal caller) {
        String tenant = caller.tenant().map(c -> c.value()).orElseThrow(() -> MetricAudience.forbidden(
                "Datasets are kept by a prefecture; " + caller.username() + " belongs to none."));
        boolean prefecture = directory.snapshot().tenants().stream()
                .anyMatch(t -> t.code().value().equals(tenant) && !t.kind().isMunicipality());
        if (!prefecture) {
            throw MetricAudience.forbidden("Datasets are declared and imported by a prefecture's analyst or coordinator;"
                    + " your tenant " + tenant + " is a municipality. / データセットの取り込みは都道府県の分析担当・調整担当が行います。");
        }
        return tenant;
    }

    private static DatasetView view(DatasetStore.Declared d, List<DatasetStore.Version> versions) {
        return new DatasetView(d.id(), d.shape().nameJa(), d.shape().nameEn(), "imported", d.owner(), d.shape(),
                d.shape().measures().stream().map(m -> d.id() + "." + m.id()).toList(),
                versions.isEmpty() ? null : versions.get(versions.size() - 1).version(), versions.size());
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("No dataset has the id '" + id + "'; GET /api/v1/datasets lists them."
                + " Declare it first with PUT /api/v1/datasets/" + id + ".");
    }

    private static ProblemException notOwner(String id, String owner) {
        return MetricAudience.forbidden("Dataset " + id + " is kept by " + owner + "; only its analysts and coordinators"
                + " change or import it. Choose another id. / このデータセットは他の団体が管理しています。");
    }

    static String sha256(byte[] content, String shape) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(content);
            sha.update(shape.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
