package jp.lg.platform.surveys;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.Tables;

/** The comparison across towns of a survey, as JSON, CSV (UTF-8 with BOM) or .xlsx. */
@Path("/api/v1/surveys/{id}/results")
@Tag(name = "surveys")
@SecurityRequirement(name = "bearer")
public final class SurveyResultsResource {

    private static final MediaType CSV = MediaType.valueOf("text/csv");
    private static final MediaType XLSX = MediaType.valueOf(Tables.XLSX_MEDIA_TYPE);

    private final ResultsService results;

    public SurveyResultsResource(ResultsService results) {
        this.results = results;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Tables.CSV_MEDIA_TYPE, Tables.XLSX_MEDIA_TYPE})
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "Each submitted town's values per item × measure, per 1,000 residents, and totals, means and"
            + " per-1,000 figures per Aizu population band (1: ≥ 10,000, 2: 3,000–9,999, 3: < 3,000). The lead reads"
            + " them all along; members once the survey is closed or past its deadline (or every member has"
            + " submitted, if the lead allowed that). Format by Accept or ?format=json|csv|xlsx.")
    @ApiResponse(responseCode = "200", description = "The results",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResultsView.class)),
                @Content(mediaType = Tables.CSV_MEDIA_TYPE, schema = @Schema(type = "string", example =
                    "\"区分 scope\",\"コード code\",\"名称 name\",…,\"人口千人あたり per 1,000 residents\"\n"
                    + "\"団体 town\",074071,磐梯町,2,3349,resident-certificate,住民票交付,annual-count,年間件数,件/年,"
                    + "2100,,627.05\n")),
                @Content(mediaType = Tables.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "403", description = "Not open to your town yet; the problem says when they open"
            + " (urn:lg-platform:problem:forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response results(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("format") @Parameter(description = "json, csv or xlsx; overrides Accept") String format,
            @Context HttpHeaders headers) {
        String chosen = format != null ? format : fromAccept(headers.getAcceptableMediaTypes());
        if (!List.of("json", "csv", "xlsx").contains(chosen)) {
            throw ProblemException.invalidField("format", "json、csv、xlsx のいずれかです / must be json, csv or xlsx");
        }
        ResultsView view = results.results(caller, Callers.surveyId(id));
        return switch (chosen) {
            case "csv" -> Response.ok(Tables.csv(ResultsTables.csv(view)), Tables.CSV_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"survey-" + id + "-results.csv\"").build();
            case "xlsx" -> Response.ok(Tables.xlsx(ResultsTables.sheets(view)), Tables.XLSX_MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"survey-" + id + "-results.xlsx\"").build();
            default -> Response.ok(view, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    private static String fromAccept(List<MediaType> accepted) {
        return accepted.stream().filter(type -> !type.isWildcardType()).findFirst()
                .map(type -> type.isCompatible(CSV) ? "csv" : type.isCompatible(XLSX) ? "xlsx" : "json").orElse("json");
    }
}
