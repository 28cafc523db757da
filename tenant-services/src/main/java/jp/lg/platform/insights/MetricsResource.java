package jp.lg.platform.insights;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.core.web.Tables;

/**
 * The analyst API (分析): the metric catalogue, values of a scope and peers of a town, for analysts and
 * coordinators; who sees which town by name is decided by {@link MetricAudience}.
 */
@Path("/api/v1/metrics")
@Tag(name = "insights")
@SecurityRequirement(name = "bearer")
public final class MetricsResource {

    private static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final MediaType XLSX = MediaType.valueOf(Tables.XLSX_MEDIA_TYPE);
    private static final java.util.Set<String> QUERY = java.util.Set.of("scope", "code", "from", "to", "groupBy", "per",
            "version");
    private static final String FORBIDDEN = "A scope or town outside your reach (urn:lg-platform:problem:forbidden)";

    private final MetricsService metrics;
    private final OpenComparison openComparison;

    MetricsResource(MetricsService metrics, OpenComparison openComparison) {
        this.metrics = metrics;
        this.openComparison = openComparison;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "The metric catalogue: id, names and definitions (ja/en), unit, source, granularity, last update")
    public CatalogueView catalogue() {
        return new CatalogueView(metrics.catalogue());
    }

    /** The catalogue, every metric in it. */
    @Schema(name = "MetricCatalogue")
    public record CatalogueView(List<MetricView> items) {}

    @GET
    @Path("/{id}/values")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV_MEDIA_TYPE, Tables.XLSX_MEDIA_TYPE})
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Parameters({
        @Parameter(name = "programme", in = ParameterIn.QUERY, description = "only this programme code (expert metrics)"),
        @Parameter(name = "specialty", in = ParameterIn.QUERY, description = "only this specialty code (expert metrics)"),
        @Parameter(name = "procedure", in = ParameterIn.QUERY, description = "only this procedure code (procedure metrics)"),
        @Parameter(name = "channel", in = ParameterIn.QUERY, description = "only ONLINE or COUNTER (procedure-applications,"
                + " -returns, -sla-breaches)"),
        @Parameter(name = "stage", in = ParameterIn.QUERY, description = "only this stage, e.g. 審査 (procedure-stage-hours-*)"),
        @Parameter(name = "purpose", in = ParameterIn.QUERY, description = "a dataset's dimension, by its id: only this value",
                example = "子育て支援")})
    @Operation(summary = "Values of a metric for a municipality, collaboration or prefecture, per period, grouped by"
            + " municipality, population band or prefecture, raw or per 10,000 residents. Towns you may not see by"
            + " name appear under stable pseudonyms; values resting on fewer than 3 observations are \"< 3\", as are"
            + " pseudonymised towns' values (and the total) when the answer holds only 1 or 2 of them. CSV"
            + " (UTF-8 with BOM, Japanese headers) with Accept: text/csv, a workbook with Accept: " + Tables.XLSX_MEDIA_TYPE
            + ".")
    @ApiResponse(responseCode = "200", description = "The values",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MetricValuesView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string", example =
                    "指標,期間,区分,名称,人口,値,単位,秘匿\nexpert-requests,FY2026,382060,西条市,104791,4,件,\n"
                    + "expert-requests,FY2026,匿名-7F3A2C01,,,,件,< 3\n")),
                @Content(mediaType = Tables.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response values(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("scope") @Parameter(description = "municipality, collaboration or prefecture", example = "collaboration") String scope,
            @QueryParam("code") @Parameter(description = "LG code, or collaboration code", example = "team-ehime") String code,
            @QueryParam("from") @Parameter(description = "first month (2026-04) or fiscal year (FY2026)", example = "2026-04") String from,
            @QueryParam("to") @Parameter(description = "last month or fiscal year, inclusive", example = "2027-03") String to,
            @QueryParam("groupBy") @Parameter(description = "municipality (default), populationBand or prefecture") String groupBy,
            @QueryParam("per") @Parameter(description = "raw (default) or per10000") String per,
            @QueryParam("version") @Parameter(description = "a dataset measure's version; the latest when absent") String version,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        MetricValuesView view = metrics.values(caller, id,
                new ValuesQuery.Raw(scope, code, from, to, groupBy, per, filters(uri)), DatasetsResource.version(version));
        return table(headers, view, MetricValuesTable.of(view), view.metric(), view.from(), view.to());
    }

    @GET
    @Path("/{id}/peers")
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV_MEDIA_TYPE, Tables.XLSX_MEDIA_TYPE})
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "A town you may see by name and the municipalities most like it by population (nearest"
            + " |ln population| first), with their values; peers you may not see by name are pseudonymised, without"
            + " rank, population or per-10,000 values, and their values are \"< 3\" when only 1 or 2 of the peers are"
            + " pseudonymised (the nearest towns by population are public). CSV or .xlsx by Accept like /values.")
    @ApiResponse(responseCode = "200", description = "The town and its peers",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeersView.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                @Content(mediaType = Tables.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response peers(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("municipality") @Parameter(description = "LG code of the town", example = "382060") String municipality,
            @QueryParam("from") @Parameter(example = "FY2026") String from,
            @QueryParam("to") @Parameter(example = "FY2026") String to,
            @QueryParam("per") @Parameter(description = "raw (default) or per10000") String per,
            @QueryParam("count") @DefaultValue("5") @Min(1) @Max(20) @Parameter(description = "how many peers") int count,
            @QueryParam("version") @Parameter(description = "a dataset measure's version; the latest when absent") String version,
            @Context HttpHeaders headers) {
        PeersView view = metrics.peers(caller, id, municipality, from, to, per, count, DatasetsResource.version(version));
        return table(headers, view, MetricValuesTable.of(view), view.metric() + "-peers-" + municipality, view.from(),
                view.to());
    }

    @GET
    @Path("/open-comparison")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "Whether your town is named to other towns' analysts (open comparison, 比較への実名参加)")
    public OpenComparison.OpenComparisonView openComparison(@Parameter(hidden = true) @Auth LgPrincipal caller) {
        return openComparison.get(tenantOf(caller));
    }

    @PUT
    @Path("/open-comparison")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "Opt your town in to (or out of) open comparison: when open, analysts of other towns see it"
            + " by name among their peers (your town's coordinator or analyst)")
    @ApiResponse(responseCode = "200", description = "The town's choice",
            content = @Content(schema = @Schema(implementation = OpenComparison.OpenComparisonView.class)))
    public OpenComparison.OpenComparisonView setOpenComparison(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @NotNull @Valid OpenComparison.OpenComparisonInput input) {
        return openComparison.set(caller, tenantOf(caller), input.open());
    }

    private static jp.lg.platform.core.tenancy.LgCode tenantOf(LgPrincipal caller) {
        return caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Open comparison is chosen by a local government; " + caller.username() + " belongs to none."));
    }

    /** Every query parameter but the query's own: filters on the metric's dimensions, checked by {@link ValuesQuery}. */
    private static java.util.Map<String, String> filters(UriInfo uri) {
        java.util.Map<String, String> filters = new java.util.LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!QUERY.contains(name)) {
                filters.put(name, values.get(0));
            }
        });
        return filters;
    }

    /** JSON, or the table as CSV or .xlsx when the first specific type the caller accepts is one of them. */
    private static Response table(HttpHeaders headers, Object json, Tables.Table table, String name, String from,
            String to) {
        MediaType wanted = headers.getAcceptableMediaTypes().stream().filter(type -> !type.isWildcardType()).findFirst()
                .orElse(MediaType.APPLICATION_JSON_TYPE);
        if (wanted.isCompatible(CSV)) {
            return Response.ok(Tables.csv(table), Tables.CSV_MEDIA_TYPE).header("Content-Disposition",
                    "attachment; filename=\"" + MetricValuesTable.fileName(name, from, to, "csv") + "\"").build();
        }
        if (wanted.isCompatible(XLSX)) {
            return Response.ok(Tables.xlsx(table), Tables.XLSX_MEDIA_TYPE).header("Content-Disposition",
                    "attachment; filename=\"" + MetricValuesTable.fileName(name, from, to, "xlsx") + "\"").build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
