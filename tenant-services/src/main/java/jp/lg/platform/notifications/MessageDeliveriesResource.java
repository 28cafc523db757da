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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;

/** Delivery status of a message (an alert above all): per recipient and delivery channel, and per webhook. */
@Path("/api/v1/messages/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class MessageDeliveriesResource {

    private final MessageDeliveriesService deliveries;

    public MessageDeliveriesResource(MessageDeliveriesService deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Where the message's notifications got to: inbox, stream and e-mail per recipient "
            + "(delivered when, or why not: quiet hours until …, not connected, e-mail off, no address) and your town's webhooks")
    @ApiResponse(responseCode = "200", description = "The delivery status",
            content = @Content(schema = @Schema(implementation = MessageDeliveries.class)))
    @ApiResponse(responseCode = "404", description = "You cannot see such a message "
            + "(urn:lg-platform:problem:not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageDeliveries get(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return deliveries.of(caller, parse(id));
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("You cannot see a message " + id + ".");
        }
    }
}
