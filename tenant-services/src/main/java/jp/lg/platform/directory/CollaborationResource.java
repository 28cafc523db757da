package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
}
