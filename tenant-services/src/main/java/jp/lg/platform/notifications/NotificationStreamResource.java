package jp.lg.platform.notifications;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;

/** The signed-in person's notifications as they arrive, as Server-Sent Events (ライブ通知). */
@Path("/api/v1/notifications/stream")
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class NotificationStreamResource {

    private static final String EXAMPLE = "id: 1042\nevent: notification\ndata: {\"id\":\"0b6f3f0e-1f7a-4a8e-9a4f-6f1c2a9e6f0b\","
            + "\"category\":\"ALERT\",\"priority\":\"CRITICAL\",\"titleJa\":\"【緊急】「チーム愛媛 全体」の緊急連絡\",…}\n\n: keep-alive\n\n";

    private final NotificationStreams streams;

    public NotificationStreamResource(NotificationStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT, Role.Names.ANALYST})
    @Operation(summary = "Your notifications live, as Server-Sent Events (event 'notification', data a Notification). "
            + "Each event's id is your stream position: reconnect with Last-Event-ID to get everything after it, in "
            + "order and once. Without it, only what arrives from now on. A comment line every 15 s keeps proxies "
            + "open; notifications held by your quiet hours come when they end (alerts at once).")
    @ApiResponse(responseCode = "200", description = "The stream; stays open",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = "string"),
                    examples = @ExampleObject(name = "an alert, then a heartbeat", value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "Last-Event-ID is not a stream position "
            + "(urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) @Parameter(description = "Last event id you received")
            String lastEventId,
            @QueryParam("lastEventId") @Parameter(description = "The same, for clients that cannot set the header")
            String lastEventIdParam,
            @Context SseEventSink sink, @Context Sse sse) {
        Long after = position(lastEventId != null ? lastEventId : lastEventIdParam);
        streams.open(caller.userId(), Recipients.tenantOf(caller), sink, sse, after);
    }

    private static Long position(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long position = Long.parseLong(lastEventId.strip());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("Last-Event-ID", "'" + lastEventId + "' is not a stream position "
                    + "(the id of an event this stream sent)");
        }
    }
}
