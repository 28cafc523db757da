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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import jp.lg.platform.core.web.Page;

/** Shared experts (DX推進専門官) of the caller's lead tenant, and their availability. */
@Path("/api/v1/experts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "experts")
@SecurityRequirement(name = "bearer")
public final class ExpertResource {

    private final ExpertService experts;

    public ExpertResource(ExpertService experts) {
        this.experts = experts;
    }

    @GET
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "List the experts of your tenant (coordinators and experts)")
    public Page<ExpertView> list(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(experts.page(caller, Ids.after(cursor), limit + 1), limit, e -> e.id().toString(), ExpertView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Register an expert (coordinator of the collaboration's lead)")
    public Response register(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @NotNull @Valid ExpertInput input) {
        ExpertView created = ExpertView.of(experts.register(coordinator, input));
        return Response.created(UriBuilder.fromResource(ExpertResource.class).path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "One expert")
    public ExpertView get(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return ExpertView.of(experts.get(caller, Ids.parse(id, "expert")));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Replace an expert's entry (coordinator); collaboration and username stay")
    public ExpertView replace(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("id") String id,
            @NotNull @Valid ExpertInput input) {
        return ExpertView.of(experts.replace(coordinator, Ids.parse(id, "expert"), input));
    }

    @GET
    @Path("/{id}/availability")
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "An expert's weekly pattern and absences (Asia/Tokyo)")
    public AvailabilityView availability(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return AvailabilityView.of(experts.get(caller, Ids.parse(id, "expert")));
    }

    @PUT
    @Path("/{id}/availability")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.EXPERT})
    @Operation(summary = "Replace an expert's availability (the expert themselves, or a coordinator)")
    public AvailabilityView replaceAvailability(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") String id, @NotNull @Valid AvailabilityPattern availability) {
        return AvailabilityView.of(experts.replaceAvailability(caller, Ids.parse(id, "expert"), availability));
    }
}
