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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;

/**
 * Expert schedules (派遣計画) of the collaboration the caller's local government leads: start a solve, follow
 * it, confirm the proposal or change it by hand. A schedule of another local government is a 404.
 */
@Path("/api/v1/schedules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experts")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.COORDINATOR)
public final class ScheduleResource {

    private static final String NOT_PROPOSED = "The schedule is not PROPOSED, or the request not in the state the"
            + " change needs (urn:lg-platform:problem:invalid-transition); the detail names the state";

    private final ScheduleService schedules;
    private final ScheduleChanges changes;
    private final Clock clock;

    public ScheduleResource(ScheduleService schedules, ScheduleChanges changes, Clock clock) {
        this.schedules = schedules;
        this.changes = changes;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start solving the schedule of a collaboration's triaged requests over a horizon (coordinator"
            + " of the lead); pinned assignments of earlier schedules are kept")
    @ApiResponse(responseCode = "202", description = "Solving started; follow the Location",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @ApiResponse(responseCode = "409", description = "A solve of this collaboration is still running"
            + " (urn:lg-platform:problem:conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @NotNull @Valid ScheduleInput input) {
        Schedule started = schedules.start(coordinator, input);
        return Response.accepted(view(schedules.get(coordinator, started.id())))
                .location(UriBuilder.fromResource(ScheduleResource.class).path(started.id().toString()).build()).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A schedule: status, progress of the solve and, once solved, the proposal with explanations")
    public ScheduleView get(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id) {
        return view(schedules.get(coordinator, Ids.parse(id, "schedule")));
    }

    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm the proposed assignments, all or those listed; their requests become CONFIRMED")
    @ApiResponse(responseCode = "409", description = NOT_PROPOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleView confirm(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id,
            @Valid ScheduleConfirmInput input) {
        UUID scheduleId = Ids.parse(id, "schedule");
        changes.confirm(coordinator, scheduleId, Optional.ofNullable(input).map(ScheduleConfirmInput::assignmentIds));
        return view(schedules.get(coordinator, scheduleId));
    }

    @PUT
    @Path("/{id}/assignments/{assignmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an assignment to another expert or start, or pin it so a new solve keeps it")
    @ApiResponse(responseCode = "409", description = "The change breaks a hard rule (urn:lg-platform:problem:conflict;"
            + " the detail names each rule), or " + NOT_PROPOSED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ScheduleAssignmentView move(@Parameter(hidden = true) @Auth LgPrincipal coordinator,
            @PathParam("id") String id, @PathParam("assignmentId") String assignmentId,
            @NotNull @Valid ScheduleMoveInput input) {
        return ScheduleAssignmentView.of(changes.move(coordinator, Ids.parse(id, "schedule"),
                Ids.parse(assignmentId, "assignment"), input));
    }

    private ScheduleView view(ScheduleState state) {
        return ScheduleView.of(state.schedule(), state.assignments(), state.runningBestScore(), clock.instant());
    }
}
