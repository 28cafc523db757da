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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;

/** Common-format surveys (業務量調査) of the collaborations the caller's tenant leads or belongs to. */
@Path("/api/v1/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "surveys")
@SecurityRequirement(name = "bearer")
public final class SurveyResource {

    private final SurveyService surveys;

    public SurveyResource(SurveyService surveys) {
        this.surveys = surveys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Define a survey for a collaboration (coordinator of its lead): business items × measures,"
            + " a deadline, and whether results open when every member has submitted",
            description = "The example shipped in the jar, surveys/aizu-workload-survey.json, is a body for this call.")
    @ApiResponse(responseCode = "201", description = "Published; members can answer now",
            content = @Content(schema = @Schema(implementation = SurveyView.class)))
    @ApiResponse(responseCode = "400", description = "Each bad field named (urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not the collaboration's lead (urn:lg-platform:problem:forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @NotNull @Valid SurveyInput input) {
        SurveyView created = surveys.publish(coordinator, input);
        return Response.created(UriBuilder.fromResource(SurveyResource.class).path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "The surveys of your collaborations, newest first, each with its progress"
            + " (\"13団体中9団体が提出済み\" / \"9 of 13 submitted\")")
    public List<SurveyView> list(@Parameter(hidden = true) @Auth LgPrincipal caller) {
        return surveys.list(caller);
    }
}
