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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;

/**
 * A town's webhooks into its own tools (website, SNS bridge): announcements, inquiries, seminars,
 * alerts, reminders and expert visits of the town, one delivery per event, signed per Standard
 * Webhooks ({@code webhook-id}, {@code webhook-timestamp}, {@code webhook-signature: v1,…}).
 * Managed by the town's staff and coordinators.
 */
@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Register a webhook for your town; the answer carries its secret, shown only this once")
    @ApiResponse(responseCode = "201", description = "Registered",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @ApiResponse(responseCode = "400", description = "url or description wrong (urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The town has 10 webhooks already (urn:lg-platform:problem:quota-exceeded)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@Parameter(hidden = true) @Auth LgPrincipal caller, @NotNull WebhookInput input) {
        Webhook created = webhooks.register(caller, input);
        return Response.created(UriBuilder.fromResource(WebhookResource.class).path(created.id().toString()).build())
                .entity(WebhookView.of(created, true)).build();
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Your town's webhooks (without secrets)")
    public List<WebhookView> list(@Parameter(hidden = true) @Auth LgPrincipal caller) {
        return webhooks.list(caller).stream().map(w -> WebhookView.of(w, false)).toList();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Remove one of your town's webhooks, with its delivery log")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Your town has no such webhook (urn:lg-platform:problem:not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response remove(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        webhooks.remove(caller, parse(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "The webhook's delivery log, newest first: attempts, status, last error")
    @ApiResponse(responseCode = "404", description = "Your town has no such webhook (urn:lg-platform:problem:not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<WebhookDeliveryView> deliveries(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") String id, @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(webhooks.deliveries(caller, parse(id), Page.decodeSeq(cursor, 0), limit + 1), limit,
                d -> String.valueOf(d.seq()), WebhookDeliveryView::of);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Your town has no webhook " + id + ".");
        }
    }
}
