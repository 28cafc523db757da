package jp.lg.platform.directory;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
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
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.web.Page;

/** The tenant directory: read by everyone signed in, changed by platform administrators. */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "directory")
@SecurityRequirement(name = "bearer")
public final class TenantResource {

    private final DirectoryService directory;

    public TenantResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Operation(summary = "List tenants, ordered by LG code")
    public Page<TenantView> list(
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(directory.tenants(Page.decode(cursor), limit + 1), limit,
                t -> t.code().value(), TenantView::of);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One tenant by LG code")
    public TenantView get(@PathParam("code") String code) {
        return TenantView.of(directory.requireTenant(code));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Register a tenant (platform administrators)")
    public Response register(@Parameter(hidden = true) @Auth LgPrincipal admin, @NotNull @Valid TenantInput input) {
        TenantView created = TenantView.of(directory.register(input.toTenant(), CommandContext.of(admin)));
        return Response.created(UriBuilder.fromResource(TenantResource.class).path(created.code()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Replace a tenant's directory entry (platform administrators)")
    public TenantView replace(@Parameter(hidden = true) @Auth LgPrincipal admin, @PathParam("code") String code,
            @NotNull @Valid TenantInput input) {
        return TenantView.of(directory.replace(code, input.toTenant(), CommandContext.of(admin)));
    }
}
