package jp.lg.platform.surveys;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.Tables;

/** The member towns' answers to a survey: a town answers (JSON or the .xlsx file), the lead follows every town. */
@Path("/api/v1/surveys/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
@SecurityRequirement(name = "bearer")
public final class SurveyResponseResource {

    private static final String INVALID = "Every bad value named: by its path for JSON, by its cell (\"E7\") for a"
            + " spreadsheet; a file that is no .xlsx workbook; nothing is stored"
            + " (urn:lg-platform:problem:validation-failed)";
    private static final String CLOSED = "The survey is closed (urn:lg-platform:problem:invalid-transition)";

    private final ResponseService responses;

    public SurveyResponseResource(ResponseService responses) {
        this.responses = responses;
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "The lead: every member town's status (submitted or not, when, by whom) and answers;"
            + " a member town: its own")
    @ApiResponse(responseCode = "200", description = "One entry per town",
            content = @Content(schema = @Schema(implementation = ResponseView.class)))
    public List<ResponseView> list(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return responses.responses(caller, Callers.surveyId(id));
    }

    @PUT
    @Path("/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Your town's answers (a member town's staff), replacing earlier ones until the survey closes;"
            + " every item × measure is answered. Send JSON, or the survey's Excel file (download it from"
            + " …/template.xlsx) with Content-Type " + Tables.XLSX_MEDIA_TYPE)
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseInput.class)),
        @Content(mediaType = Tables.XLSX_MEDIA_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = ResponseView.class)))
    @ApiResponse(responseCode = "400", description = INVALID,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = CLOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ResponseView answer(@Parameter(hidden = true) @Auth LgPrincipal staff, @PathParam("id") String id,
            @NotNull @Valid ResponseInput input) {
        return responses.answer(staff, Callers.surveyId(id), input);
    }

    @PUT
    @Path("/mine")
    @Consumes(Tables.XLSX_MEDIA_TYPE)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(hidden = true, summary = "The same PUT with the .xlsx body; documented with the JSON one, which"
            + " lists both bodies, since OpenAPI has one operation per path and method")
    public ResponseView upload(@Parameter(hidden = true) @Auth LgPrincipal staff, @PathParam("id") String id,
            byte[] workbook) {
        return responses.upload(staff, Callers.surveyId(id), workbook == null ? new byte[0] : workbook);
    }
}
