package jp.lg.platform.notifications;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;

/** The signed-in person's inbox (通知の受信箱): newest first, unread count, mark read. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class NotificationResource {

    private final InboxService inbox;

    public NotificationResource(InboxService inbox) {
        this.inbox = inbox;
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT, Role.Names.ANALYST})
    @Operation(summary = "Your notifications, newest first, with the unread count")
    public NotificationPage list(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("unread") @DefaultValue("false") @Parameter(description = "Only unread ones") boolean unread,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        List<Notification> rows = inbox.page(caller, unread, Page.decodeSeq(cursor, 0), limit + 1);
        Page<NotificationView> page = Page.of(rows, limit, n -> String.valueOf(n.seq()), NotificationView::of);
        return new NotificationPage(page.items(), page.nextCursor(), inbox.unreadCount(caller));
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT, Role.Names.ANALYST})
    @Operation(summary = "Mark one of your notifications read")
    @ApiResponse(responseCode = "200", description = "Read (the first time it was marked is kept)",
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @ApiResponse(responseCode = "404", description = "You have no such notification (urn:lg-platform:problem:not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationView read(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return NotificationView.of(inbox.markRead(caller, parse(id)));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("You have no notification " + id + ".");
        }
    }
}
