package jp.lg.platform.insights;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.directory.DirectoryService;
import jp.lg.platform.directory.DirectorySnapshot;

/** The analyst API's reads: catalogue, values of a scope and peers of a town, under {@link MetricAudience}. */
final class MetricsService {

    private final DirectoryService directory;
    private final MetricFigures figures;
    private final Pseudonyms pseudonyms;
    private final OpenComparison openComparison;
    private final DatasetService datasets;

    MetricsService(DirectoryService directory, MetricFigures figures, Pseudonyms pseudonyms,
            OpenComparison openComparison, DatasetService datasets) {
        this.directory = directory;
        this.figures = figures;
        this.pseudonyms = pseudonyms;
        this.openComparison = openComparison;
        this.datasets = datasets;
    }

    /** The metrics from events, then the measures of datasets. */
    List<MetricView> catalogue() {
        Map<String, Instant> updates = figures.lastUpdates();
        List<MetricView> views = new java.util.ArrayList<>(MetricCatalogue.ALL.stream()
                .map(m -> MetricView.of(m, updates.get(m.id()))).toList());
        datasets.metrics().forEach((m, at) -> views.add(MetricView.of(m, at)));
        return views;
    }

    MetricValuesView values(LgPrincipal caller, String metricId, ValuesQuery.Raw raw, Integer version) {
        Metric metric = metric(metricId, version);
        ValuesQuery query = raw.parse(metric);
        MetricAudience audience = audience(caller);
        List<String> towns = audience.townsOf(query.scope(), query.code());
        Map<String, String> names = pseudonyms.of(towns.stream().filter(t -> !audience.named(t)).toList());
        return MetricValues.view(metric, query, MetricValues.groups(query, towns, audience, names),
                read(metric, version, towns, query, audience), MetricValues.population(towns, audience.tenants()),
                Suppression.tooFewToHide(towns, audience::named));
    }

    PeersView peers(LgPrincipal caller, String metricId, String municipality, String from, String to, String per,
            int count, Integer version) {
        Metric metric = metric(metricId, version);
        List<FieldError> errors = new java.util.ArrayList<>();
        if (municipality == null) {
            errors.add(new FieldError("municipality", "is required: the LG code of the town to compare"));
        }
        ValuesQuery.Range range = ValuesQuery.range(from, to, errors);
        boolean perCapita = ValuesQuery.checkPer(metric, per, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        MetricAudience audience = audience(caller);
        Tenant town = audience.municipality(municipality);
        if (!audience.named(municipality)) {
            throw MetricAudience.forbidden("You may benchmark your own town or a town of a collaboration you lead, not "
                    + town.nameJa() + " (" + municipality + ").");
        }
        record Distance(Tenant tenant, double distance) {}
        List<Tenant> nearest = audience.tenants().values().stream()
                .filter(t -> t.kind().isMunicipality() && t.population() > 0 && !t.code().equals(town.code()))
                .map(t -> new Distance(t, distance(t, town)))
                .sorted(Comparator.comparingDouble(Distance::distance).thenComparing(d -> d.tenant().code().value()))
                .limit(count).map(Distance::tenant).toList();
        List<String> towns = new java.util.ArrayList<>(List.of(municipality));
        nearest.forEach(t -> towns.add(t.code().value()));
        Map<String, String> names = pseudonyms.of(towns.stream().filter(t -> !audience.named(t)).toList());
        ValuesQuery query = new ValuesQuery("municipality", municipality, range.from(), range.to(), "municipality",
                perCapita, Optional.empty(), Optional.empty());
        Map<String, Map<String, Figure>> read = read(metric, version, towns, query, audience);
        Map<String, PopulationBand.Range> ranges = MetricValues.ranges(towns, audience);
        Set<String> withheld = Suppression.tooFewToHide(towns, audience::named);
        List<PeersView.Peer> peers = new java.util.ArrayList<>();
        for (int rank = 0; rank < towns.size(); rank++) {
            peers.add(peer(metric, query, rank, audience.tenants().get(towns.get(rank)), audience, names, ranges, read,
                    withheld));
        }
        List<PeersView.Peer> others = peers.subList(1, peers.size()).stream()
                .sorted(Comparator.comparing((PeersView.Peer p) -> !p.named()).thenComparing(p -> p.named() ? "" : p.group()))
                .toList();
        return new PeersView(metric.id(), metric.unitJa(), perCapita ? "per10000" : "raw", range.from(), range.to(),
                Suppression.THRESHOLD, peers.get(0), others);
    }

    private static PeersView.Peer peer(Metric metric, ValuesQuery query, int rank, Tenant t, MetricAudience audience,
            Map<String, String> names, Map<String, PopulationBand.Range> ranges, Map<String, Map<String, Figure>> read,
            Set<String> withheld) {
        String code = t.code().value();
        boolean named = audience.named(code);
        String key = named ? code : names.get(code);
        String band = named ? PopulationBand.of(t.population()).code() : ranges.get(code).code();
        List<MetricValuesView.Row> values = query.periods().stream().map(period -> {
            Figure f = MetricValues.sum(List.of(code), period, read);
            return MetricValues.row(metric, query, period, key, named ? t.nameJa() : null, named ? t.nameEn() : null,
                    named, named ? t.population() : null, t.population(), band, f,
                    Suppression.small(f.observations(metric.kind())) || withheld.contains(code));
        }).toList();
        return new PeersView.Peer(named ? rank : null, key, named ? t.nameJa() : null, named ? t.nameEn() : null, named,
                named ? t.population() : null, band, values);
    }

    private static double distance(Tenant a, Tenant b) {
        return Math.abs(Math.log(a.population()) - Math.log(b.population()));
    }

    private MetricAudience audience(LgPrincipal caller) {
        DirectorySnapshot now = directory.snapshot();
        return MetricAudience.of(caller, now.tenants(), now.collaborations(), openComparison.openTowns());
    }

    private Map<String, Map<String, Figure>> read(Metric metric, Integer version, List<String> towns, ValuesQuery query,
            MetricAudience audience) {
        return DatasetMetrics.isDataset(metric) ? datasets.figures(metric, version, towns, query, audience.tenants())
                : figures.read(metric, towns, query.from(), query.to(), query.programme(), query.specialty());
    }

    /** A metric of the catalogue or a dataset's measure; {@code version} is for dataset measures only. */
    private Metric metric(String id, Integer version) {
        Metric metric = MetricCatalogue.find(id).or(() -> datasets.metric(id)).orElseThrow(() ->
                ProblemException.notFound("No metric has the id '" + id + "'; GET /api/v1/metrics lists them."));
        if (version != null && !DatasetMetrics.isDataset(metric)) {
            throw ProblemException.invalid(List.of(new FieldError("version", "applies to the measures of datasets; " + id
                    + " is computed from events")));
        }
        return metric;
    }
}
