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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.Tables;

/** One survey: read it with its progress, download its Excel file, close it early. */
@Path("/api/v1/surveys/{id}")
@Tag(name = "surveys")
@SecurityRequirement(name = "bearer")
public final class OneSurveyResource {

    private static final String NOT_FOUND = "No such survey in your collaborations (urn:lg-platform:problem:not-found)";

    private final SurveyService surveys;
    private final ResponseService responses;

    public OneSurveyResource(SurveyService surveys, ResponseService responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "A survey with the deadline in Asia/Tokyo (also as a 令和 date), its state and the progress"
            + " of the member towns; whether you may read its results now")
    @ApiResponse(responseCode = "200", description = "The survey",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SurveyView get(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") @Parameter(description = "survey id") String id) {
        return surveys.get(caller, Callers.surveyId(id));
    }

    @GET
    @Path("/template.xlsx")
    @Produces(Tables.XLSX_MEDIA_TYPE)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "The survey's common Excel file: one row per business item (its code in column A), one column"
            + " per measure (its [code] in the header), pre-filled with your town's current answers; fill it in and"
            + " PUT it to …/responses/mine")
    @ApiResponse(responseCode = "200", description = "The workbook",
            content = @Content(mediaType = Tables.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = NOT_FOUND,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response template(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return Response.ok(responses.template(caller, Callers.surveyId(id)), Tables.XLSX_MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"survey-" + id + ".xlsx\"").build();
    }

    @POST
    @Path("/close")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Close the survey before its deadline (coordinator of the lead): no more answers, and the"
            + " results open to the members")
    @ApiResponse(responseCode = "200", description = "Closed",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @ApiResponse(responseCode = "403", description = "Not the lead (urn:lg-platform:problem:forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Closed already, or past its deadline"
            + " (urn:lg-platform:problem:invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SurveyView close(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id) {
        return surveys.close(coordinator, Callers.surveyId(id));
    }
}
