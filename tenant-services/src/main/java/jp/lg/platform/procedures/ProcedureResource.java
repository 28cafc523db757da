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
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;

/**
 * Standard procedures (標準手続) of the collaborations the caller's tenant leads or belongs to,
 * and their immutable versions.
 */
@Path("/api/v1/procedures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedures")
@SecurityRequirement(name = "bearer")
public final class ProcedureResource {

    private static final String READERS_NOTE = "the lead's and the members' users";

    private final ProcedureService procedures;

    public ProcedureResource(ProcedureService procedures) {
        this.procedures = procedures;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Publish a new standard procedure as version 1 (coordinator of the collaboration's lead)",
            description = "The examples shipped in the jar, procedures/resident-certificate-copy.json and "
                    + "procedures/agriculture-forestry-subsidy.json, are bodies for this call.")
    @ApiResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = Procedure.class)))
    @ApiResponse(responseCode = "409", description = "The code is taken (urn:lg-platform:problem:already-exists)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @NotNull @Valid ProcedureInput input) {
        Procedure created = procedures.publish(coordinator, input);
        return Response.created(UriBuilder.fromResource(ProcedureResource.class).path(created.code()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "The latest version of every standard procedure you may read (" + READERS_NOTE + ")")
    public List<Procedure> list(@Parameter(hidden = true) @Auth LgPrincipal caller) {
        return procedures.list(caller);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "One standard procedure: its latest version, or the version asked for")
    public Procedure get(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("code") @Parameter(example = "resident-certificate-copy") String code,
            @QueryParam("version") @Min(1) @Parameter(description = "a published version; the latest if absent")
            Integer version) {
        return procedures.get(caller, code, Optional.ofNullable(version));
    }

    @GET
    @Path("/{code}/versions")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "Every published version of a procedure, oldest first, each with what changed")
    public List<Procedure> versions(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("code") String code) {
        return procedures.versions(caller, code);
    }

    @POST
    @Path("/{code}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.COORDINATOR)
    @Operation(summary = "Publish the next version of a procedure, saying what changed (coordinator of the lead);"
            + " earlier versions stay as they were")
    @ApiResponse(responseCode = "201", description = "Published",
            content = @Content(schema = @Schema(implementation = Procedure.class)))
    @ApiResponse(responseCode = "409", description = "Another version was published meanwhile "
            + "(urn:lg-platform:problem:conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publishVersion(@Parameter(hidden = true) @Auth LgPrincipal coordinator, @PathParam("code") String code,
            @NotNull @Valid VersionInput input) {
        Procedure created = procedures.publishVersion(coordinator, code, input);
        return Response.created(UriBuilder.fromResource(ProcedureResource.class).path(code)
                .queryParam("version", created.version()).build()).entity(created).build();
    }
}
