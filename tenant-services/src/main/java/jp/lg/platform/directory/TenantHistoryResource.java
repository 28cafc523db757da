package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.ProblemException;
import org.jdbi.v3.core.Jdbi;

/**
 * A tenant's change history, newest first, from the history read model. It follows the events, so
 * a change shows here shortly after the command that made it.
 */
@Path("/api/v1/tenants/{code}/history")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "directory")
@SecurityRequirement(name = "bearer")
public final class TenantHistoryResource {

    private final Jdbi jdbi;

    public TenantHistoryResource(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @GET
    @PermitAll
    @Operation(summary = "A tenant's registration and updates, newest first")
    public Page<TenantHistoryEntry> history(
            @PathParam("code") String code,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        if (!LgCode.isValid(code)) {
            throw ProblemException.notFound("'" + code + "' is not an LG code (6 digits with check digit).");
        }
        long before = Page.decodeSeq(cursor, Long.MAX_VALUE);
        return Page.of(jdbi.withExtension(TenantHistoryDao.class, dao -> dao.page(code, before, limit + 1)), limit,
                entry -> String.valueOf(entry.seq()), entry -> entry);
    }
}
