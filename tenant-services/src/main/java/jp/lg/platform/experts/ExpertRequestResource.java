package jp.lg.platform.experts;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.Problem;

/**
 * Expert visit requests (専門官派遣依頼) and one sub-resource per lifecycle move. A request the caller
 * may not see is a 404, never a 403.
 */
@Path("/api/v1/expert-requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experts")
@SecurityRequirement(name = "bearer")
public final class ExpertRequestResource {

    private static final String INVALID_TRANSITION = "Not allowed in the request's current state "
            + "(urn:lg-platform:problem:invalid-transition); the detail names the state";

    private final ExpertRequestService requests;

    public ExpertRequestResource(ExpertRequestService requests) {
        this.requests = requests;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "Submit a request for an expert visit (municipal staff)")
    @ApiResponse(responseCode = "201", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ExpertRequestView.class)))
    @ApiResponse(responseCode = "409", description = "Beyond a programme or combined cap of the fiscal year "
            + "(urn:lg-platform:problem:quota-exceeded); the detail says which cap, the count and when it resets",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@Parameter(hidden = true) @Auth LgPrincipal staff, @NotNull @Valid ExpertRequestInput input) {
        ExpertRequestView created = ExpertRequestView.of(requests.submit(staff, input));
        return Response.created(UriBuilder.fromResource(ExpertRequestResource.class).path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "List the requests you may see, oldest first")
    public Page<ExpertRequestView> list(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(requests.page(caller, Page.decodeSeq(cursor, 0), limit + 1), limit, r -> String.valueOf(r.seq()),
                ExpertRequestView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "One request")
    public ExpertRequestView get(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return ExpertRequestView.of(requests.get(caller, Ids.parse(id, "expert request")));
    }

    @POST
    @Path("/{id}/triage")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Accept a submitted request for planning (coordinator of the lead)")
    @ApiResponse(responseCode = "409", description = INVALID_TRANSITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertRequestView triage(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id) {
        return ExpertRequestView.of(requests.triage(coordinator, Ids.parse(id, "expert request")));
    }

    @POST
    @Path("/{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Decline a request, with the reason (coordinator of the lead)")
    @ApiResponse(responseCode = "409", description = INVALID_TRANSITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertRequestView decline(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id,
            @NotNull @Valid ReasonInput input) {
        return ExpertRequestView.of(requests.decline(coordinator, Ids.parse(id, "expert request"), input.reason()));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Cancel a request (the requesting town's staff, or the coordinator)")
    @ApiResponse(responseCode = "409", description = INVALID_TRANSITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertRequestView cancel(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @NotNull @Valid ReasonInput input) {
        return ExpertRequestView.of(requests.cancel(caller, Ids.parse(id, "expert request"), input.reason()));
    }

    @POST
    @Path("/{id}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EXPERT)
    @Operation(summary = "Give back a confirmed visit you cannot make (assigned expert); it returns to TRIAGED")
    @ApiResponse(responseCode = "409", description = INVALID_TRANSITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertRequestView release(@Parameter(hidden = true) @Auth LgPrincipal expert, @PathParam("id") String id,
            @NotNull @Valid ReasonInput input) {
        return ExpertRequestView.of(requests.release(expert, Ids.parse(id, "expert request"), input.reason()));
    }

    @POST
    @Path("/{id}/report")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.EXPERT)
    @Operation(summary = "File the visit report (assigned expert); the request becomes COMPLETED")
    @ApiResponse(responseCode = "409", description = INVALID_TRANSITION,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExpertRequestView report(@Parameter(hidden = true) @Auth LgPrincipal expert, @PathParam("id") String id,
            @NotNull @Valid VisitReport report) {
        return ExpertRequestView.of(requests.report(expert, Ids.parse(id, "expert request"), report));
    }
}
