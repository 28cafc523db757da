package jp.lg.platform.insights;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.BodyLimit;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.core.web.Tables;

/**
 * Datasets (データセット) for the analyst API: a prefecture's analysts and coordinators declare a dataset's shape
 * and import its file (CSV or .xlsx); its measures then appear in {@code /api/v1/metrics} as metrics of source
 * {@code dataset}.
 */
@Path("/api/v1/datasets")
@Tag(name = "insights")
@SecurityRequirement(name = "bearer")
public final class DatasetsResource {

    private static final String INVALID = "Every problem with its CSV line or Excel row and cell; nothing imported"
            + " (urn:lg-platform:problem:validation-failed)";
    private static final String FORBIDDEN = "Not a prefecture's analyst or coordinator, or a dataset another prefecture"
            + " keeps (urn:lg-platform:problem:forbidden)";
    private static final String SHAPE_EXAMPLE = "{\"nameJa\":\"ふるさと納税の受入額（使途別）\",\"nameEn\":\"Furusato nozei"
            + " donations by purpose\",\"municipalityColumn\":\"団体コード\",\"periodColumn\":\"年度\",\"period\":"
            + "\"fiscal-year\",\"dimensions\":[{\"column\":\"使途\",\"id\":\"purpose\"}],\"measures\":[{\"column\":"
            + "\"受入件数\",\"id\":\"donations\",\"nameJa\":\"受入件数\",\"nameEn\":\"Donations\",\"unitJa\":\"件\","
            + "\"unitEn\":\"donations\",\"kind\":\"COUNT\"},{\"column\":\"受入額（円）\",\"id\":\"amount\",\"nameJa\":"
            + "\"受入額\",\"nameEn\":\"Amount donated\",\"unitJa\":\"円\",\"unitEn\":\"yen\",\"kind\":\"SUM\"}]}";
    private static final String CSV_EXAMPLE = "団体コード,団体名,年度,使途,受入件数,受入額（円）\n"
            + "382060,西条市,2024,子育て支援,5210,98400000\n382060,西条市,2024,まちづくり,3120,61500000\n";

    private final DatasetService datasets;

    DatasetsResource(DatasetService datasets) {
        this.datasets = datasets;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "The datasets: the built-in population from the directory and every imported one, with"
            + " their shapes, the metrics their measures are and their latest version")
    public DatasetView.ListView list() {
        return new DatasetView.ListView(datasets.list());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "Declare a dataset's shape (or change it for the next import): names ja/en, the columns of"
            + " the LG code and of the period (fiscal year or month), up to two dimension columns, and the measures"
            + " with units and kind (COUNT or SUM). A prefecture's analyst or coordinator; the id is then theirs.",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = DatasetShape.class),
                    examples = @ExampleObject(name = "furusato", value = SHAPE_EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "The dataset as declared",
            content = @Content(schema = @Schema(implementation = DatasetView.class)))
    @ApiResponse(responseCode = "400", description = "Each bad field (urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DatasetView declare(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") @Parameter(example = "furusato-donations") String id, DatasetShape shape) {
        return datasets.declare(caller, id, shape);
    }

    @POST
    @Path("/{id}/versions")
    @BodyLimit(bytes = DatasetFile.MAX_BYTES)
    @Consumes({"text/csv", Tables.XLSX_MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "Import the dataset's file: CSV (UTF-8 or Shift_JIS, Content-Type text/csv) or .xlsx (Content-Type"
            + " " + Tables.XLSX_MEDIA_TYPE + "). Every row is checked (LG code and check digit, known municipality, period,"
            + " numbers, duplicate code+period+dimensions) and every error named with its line or cell; nothing is"
            + " written unless all rows are good. The same file again returns its version (200); a changed file"
            + " becomes the next version (201), earlier ones kept.",
            requestBody = @RequestBody(content = {
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"),
                        examples = @ExampleObject(name = "furusato", value = CSV_EXAMPLE)),
                @Content(mediaType = Tables.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "201", description = "A new version",
            content = @Content(schema = @Schema(implementation = DatasetView.VersionView.class)))
    @ApiResponse(responseCode = "200", description = "The same content was imported before: its version",
            content = @Content(schema = @Schema(implementation = DatasetView.VersionView.class)))
    @ApiResponse(responseCode = "400", description = INVALID, content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "errors", value =
                    "{\"type\":\"urn:lg-platform:problem:validation-failed\",\"status\":400,\"errors\":["
                    + "{\"field\":\"line 4 (団体コード)\",\"message\":\"not an LG code: check digit should be 0, got 1\"},"
                    + "{\"field\":\"row 6, F6 (受入額（円）)\",\"message\":\"not a number: 「約1億」\"}]}")))
    @ApiResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No dataset of that id (urn:lg-platform:problem:not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importFile(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("filename") @Parameter(description = "the file's name, kept with the version",
                    example = "furusato-nozei-ehime.csv") String filename,
            @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType, byte[] content) {
        DatasetService.Imported imported = datasets.importFile(caller, id, filename, xlsx(contentType, filename),
                content);
        if (!imported.created()) {
            return Response.ok(imported.version(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.created(UriBuilder.fromResource(DatasetsResource.class).path(id).path("rows")
                        .queryParam("version", imported.version().version()).build())
                .entity(imported.version()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}/versions")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "The dataset's versions, oldest first: file name, SHA-256, rows, who imported it and when")
    @ApiResponse(responseCode = "200", description = "The versions",
            content = @Content(schema = @Schema(implementation = DatasetView.VersionsView.class)))
    public DatasetView.VersionsView versions(@PathParam("id") String id) {
        return new DatasetView.VersionsView(datasets.versions(id));
    }

    @GET
    @Path("/{id}/rows")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.ANALYST, Role.Names.COORDINATOR})
    @Operation(summary = "A version's values as imported (the latest unless ?version=), with the line each came"
            + " from, in file order, a page at a time (follow nextCursor); for the prefecture that keeps the dataset"
            + " (others compare its measures through /api/v1/metrics)")
    @ApiResponse(responseCode = "200", description = "The rows",
            content = @Content(schema = @Schema(implementation = DatasetView.RowsView.class)))
    @ApiResponse(responseCode = "403", description = FORBIDDEN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DatasetView.RowsView rows(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("version") @Parameter(description = "a version number; the latest when absent", example = "1")
            String version,
            @QueryParam("limit") @DefaultValue(DatasetService.ROWS_PAGE) @Min(1) @Max(DatasetService.ROWS_PAGE_MAX)
            @Parameter(description = "values per page (at most 10000)") int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the page before") String cursor) {
        return datasets.rows(caller, id, DatasetsResource.version(version), limit, cursor);
    }

    /** A {@code version} query parameter: a positive number, or null when absent. */
    static Integer version(String version) {
        if (version == null || version.isBlank()) {
            return null;
        }
        if (!version.matches("[1-9]\\d{0,8}")) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "version must be a positive number.",
                    java.util.List.of(new Problem.FieldError("version", "must be a positive number / 版は正の整数です")));
        }
        return Integer.parseInt(version);
    }

    private static boolean xlsx(String contentType, String filename) {
        if (contentType != null && contentType.startsWith(Tables.XLSX_MEDIA_TYPE)) {
            return true;
        }
        return (contentType == null || contentType.startsWith(MediaType.APPLICATION_OCTET_STREAM))
                && filename != null && filename.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
    }
}
