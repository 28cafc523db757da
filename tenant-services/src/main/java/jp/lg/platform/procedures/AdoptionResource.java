package jp.lg.platform.procedures;

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
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;

/** Towns' adoptions of a standard procedure with their local variants, and the preview of moving version. */
@Path("/api/v1/procedures/{code}/adoptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedures")
@SecurityRequirement(name = "bearer")
public final class AdoptionResource {

    private final AdoptionService adoptions;

    public AdoptionResource(AdoptionService adoptions) {
        this.adoptions = adoptions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "Adopt a version for your town, or move to another version, with your local variants"
            + " (municipal staff of a member town); applications follow it from now on")
    @ApiResponse(responseCode = "201", description = "Adopted",
            content = @Content(schema = @Schema(implementation = AdoptionView.class)))
    public Response adopt(@Parameter(hidden = true) @Auth LgPrincipal staff,
            @PathParam("code") @Parameter(example = "resident-certificate-copy") String code,
            @NotNull @Valid AdoptionInput input) {
        return Response.status(Response.Status.CREATED).entity(adoptions.adopt(staff, code, input)).build();
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "The adoptions in force: every member's for the lead, your own for a town")
    public List<AdoptionView> list(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("code") String code) {
        return adoptions.list(caller, code);
    }

    @GET
    @Path("/{town}/upgrade")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "Preview what a town gains and loses by moving its adoption to version 'to', its variants"
            + " carried over; nothing changes until it adopts that version")
    public UpgradePreview upgrade(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("code") String code,
            @PathParam("town") @Parameter(example = "074071") String town,
            @QueryParam("to") @NotNull @Min(1) @Parameter(description = "the version to move to", example = "2") Integer to) {
        return adoptions.upgrade(caller, code, town, to);
    }
}
