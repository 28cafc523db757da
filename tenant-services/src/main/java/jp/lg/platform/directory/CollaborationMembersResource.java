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
import jp.lg.platform.core.web.ProblemException;

/**
 * The members of a collaboration with their names, kinds and populations, answered from the
 * directory stream ({@link DirectoryView}) without touching the database; readable by everyone
 * signed in. 503 while the stream is still loading.
 */
@Path("/api/v1/collaborations/{code}/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "directory")
@SecurityRequirement(name = "bearer")
public final class CollaborationMembersResource {

    private final DirectoryView directory;

    public CollaborationMembersResource(DirectoryView directory) {
        this.directory = directory;
    }

    @GET
    @PermitAll
    @Operation(summary = "The lead and members of a collaboration with their directory entries")
    public CollaborationMembersView members(@PathParam("code") String code) {
        return directory.members(code).map(CollaborationMembersView::of)
                .orElseThrow(() -> ProblemException.notFound("No collaboration has the code '" + code + "'."));
    }
}
