package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.CommandContext;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.web.Page;

/** Collaborations (広域連携) and their members; readable by everyone signed in. */
@Path("/api/v1/collaborations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "directory")
@SecurityRequirement(name = "bearer")
public final class CollaborationResource {

    private final DirectoryService directory;

    public CollaborationResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Operation(summary = "List collaborations with their members")
    public Page<CollaborationView> list() {
        return new Page<>(directory.collaborations().stream().map(CollaborationView::of).toList(), null);
    }

    @GET
    @Path("/{code}")
    @PermitAll
    @Operation(summary = "One collaboration by code")
    public CollaborationView get(@PathParam("code") String code) {
        return CollaborationView.of(directory.requireCollaboration(code));
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    @Operation(summary = "Create or replace a collaboration and its members (platform administrators)")
    public Response save(@Parameter(hidden = true) @Auth LgPrincipal admin,
            @PathParam("code") @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}",
                    message = "must be 2-63 lower-case letters, digits or hyphens") String code,
            @NotNull @Valid CollaborationInput input) {
        Collaboration collaboration = input.toCollaboration(code);
        boolean created = directory.saveCollaboration(collaboration, CommandContext.of(admin));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK)
                .entity(CollaborationView.of(collaboration)).build();
    }
}
