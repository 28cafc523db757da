package jp.lg.platform.procedures;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;

/** How far each town's variant is from the standard, and the collaboration's standardisation score. */
@Path("/api/v1/procedures/{code}/drift")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedures")
@SecurityRequirement(name = "bearer")
public final class DriftResource {

    private final AdoptionService adoptions;

    public DriftResource(AdoptionService adoptions) {
        this.adoptions = adoptions;
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.ANALYST})
    @Operation(summary = "Drift from the standard per town (weighted differences: extra field 1, SLA override 1,"
            + " fee 3, extra step 3) and the standardisation score; the lead sees every member, a town itself")
    public DriftReport drift(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("code") @Parameter(example = "resident-certificate-copy") String code) {
        return adoptions.drift(caller, code);
    }
}
