package jp.lg.platform.me;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.directory.DirectoryService;

/** Who the caller is, as the platform sees them. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "me")
@SecurityRequirement(name = "bearer")
public final class MeResource {

    private final DirectoryService directory;

    public MeResource(DirectoryService directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Operation(summary = "The signed-in user: username, tenant and roles")
    public Me me(@Parameter(hidden = true) @Auth LgPrincipal principal) {
        return Me.of(principal, principal.tenant().flatMap(directory::tenant));
    }
}
