package jp.lg.platform.experts;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Page;

/**
 * Shared experts (DX推進専門官) of the caller's lead tenant, their availability and calendar feed.
 * Every operation needs a bearer token except the feed, which its secret URL opens.
 */
@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experts")
public final class ExpertResource {

    private final ExpertService experts;
    private final ExpertCalendars calendars;

    public ExpertResource(ExpertService experts, ExpertCalendars calendars) {
        this.experts = experts;
        this.calendars = calendars;
    }

    @GET
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "List the experts of your tenant (coordinators and experts)")
    public Page<ExpertView> list(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(experts.page(caller, Ids.after(cursor), limit + 1), limit, e -> e.id().toString(), ExpertView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Register an expert (coordinator of the collaboration's lead)")
    public Response register(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @NotNull @Valid ExpertInput input) {
        ExpertView created = ExpertView.of(experts.register(coordinator, input));
        return Response.created(UriBuilder.fromResource(ExpertResource.class).path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "One expert")
    public ExpertView get(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return ExpertView.of(experts.get(caller, Ids.parse(id, "expert")));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Replace an expert's entry (coordinator); collaboration and username stay")
    public ExpertView replace(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id,
            @NotNull @Valid ExpertInput input) {
        return ExpertView.of(experts.replace(coordinator, Ids.parse(id, "expert"), input));
    }

    @GET
    @Path("/{id}/availability")
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "An expert's weekly pattern and absences (Asia/Tokyo)")
    public AvailabilityView availability(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return AvailabilityView.of(experts.get(caller, Ids.parse(id, "expert")));
    }

    @PUT
    @Path("/{id}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "Replace an expert's availability (the expert themselves, or a coordinator)")
    public AvailabilityView replaceAvailability(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") String id, @NotNull @Valid AvailabilityPattern availability) {
        return AvailabilityView.of(experts.replaceAvailability(caller, Ids.parse(id, "expert"), availability));
    }

    @POST
    @Path("/{id}/calendar-url")
    @SecurityRequirement(name = "bearer")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "Make a new secret calendar URL for an expert (the expert, or a coordinator); the previous"
            + " URL stops working. Subscribe to it in a calendar app.")
    public CalendarUrlView rotateCalendarUrl(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") String id, @Context UriInfo uri) {
        UUID expert = Ids.parse(id, "expert");
        String secret = calendars.rotate(caller, expert);
        return new CalendarUrlView(uri.getBaseUriBuilder().path(ExpertResource.class).path(expert.toString())
                .path("calendar.ics").queryParam("secret", secret).build().toString());
    }

    @GET
    @Path("/{id}/calendar.ics")
    @Produces(ExpertCalendarIcs.MEDIA_TYPE)
    @Operation(summary = "An expert's confirmed and completed visits as iCalendar, for calendar apps; opened by the"
            + " secret of the calendar URL instead of a token")
    public Response calendar(@PathParam("id") String id,
            @QueryParam("secret") @NotBlank(message = "is required: use the whole calendar URL") @Size(max = 100)
            String secret) {
        String ics = calendars.feed(Ids.parse(id, "expert"), secret);
        return Response.ok(ics, ExpertCalendarIcs.MEDIA_TYPE)
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    /** Where the calendar of an expert can be subscribed to; keep it secret like a password. */
    public record CalendarUrlView(String url) {}
}
