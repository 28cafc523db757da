package jp.lg.platform.messaging;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Page;
import jp.lg.platform.core.web.Problem;

/** Channels (チャンネル) and the messages in them. A channel the caller is not in is a 404. */
@Path("/api/v1/channels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messaging")
@SecurityRequirement(name = "bearer")
@PermitAll
public final class ChannelResource {

    private static final String NOT_IN = "No channel with this id that you are in (urn:lg-platform:problem:not-found)";

    private final ChannelService channels;
    private final MessageService messages;
    private final MessageReads reads;

    public ChannelResource(ChannelService channels, MessageService messages, MessageReads reads) {
        this.channels = channels;
        this.messages = messages;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Your channels with unread messages and mentions of you among them; with joinable=true,"
            + " the TOPIC channels of your collaborations you could join")
    public Page<ChannelView> list(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("joinable") @DefaultValue("false") boolean joinable,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(channels.page(caller, joinable, Page.decodeSeq(cursor, 0), limit + 1), limit,
                c -> String.valueOf(c.seq()), ChannelView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR})
    @Operation(summary = "Create a TOPIC channel in one of your collaborations, or a DIRECT conversation with named people")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ChannelView.class)))
    public Response create(@Parameter(hidden = true) @Auth LgPrincipal caller, @NotNull @Valid ChannelInput input) {
        ChannelView created = ChannelView.of(channels.create(caller, input));
        return Response.created(UriBuilder.fromResource(ChannelResource.class).path(created.id()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One channel you are in, with who takes part")
    @ApiResponse(responseCode = "404", description = NOT_IN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChannelView get(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return ChannelView.of(channels.get(caller, Callers.id(id, "channel")));
    }

    @PUT
    @Path("/{id}/membership")
    @Operation(summary = "Join a TOPIC channel of one of your collaborations (again: no change)")
    @ApiResponse(responseCode = "409", description = "Not a TOPIC channel (urn:lg-platform:problem:conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ChannelView join(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return ChannelView.of(channels.join(caller, Callers.id(id, "channel")));
    }

    @DELETE
    @Path("/{id}/membership")
    @Operation(summary = "Leave a TOPIC channel")
    @ApiResponse(responseCode = "204", description = "Left")
    public Response leave(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        channels.leave(caller, Callers.id(id, "channel"));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark the channel read up to a message (or its newest); drives unread and mention counts")
    @ApiResponse(responseCode = "204", description = "Marked")
    public Response markRead(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @Valid ReadMarkerInput input) {
        channels.markRead(caller, Callers.id(id, "channel"), Optional.ofNullable(input).map(ReadMarkerInput::upTo));
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post a message: TEXT, ANNOUNCEMENT (acknowledge by a deadline), INQUIRY (answer fields by a"
            + " deadline), EVENT (seminar with RSVPs) or ALERT (coordinators only)")
    @ApiResponse(responseCode = "201", description = "Posted",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @ApiResponse(responseCode = "400", description = "Empty or oversized text, unknown mention, bad kind settings"
            + " (urn:lg-platform:problem:validation-failed); every bad field is named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = NOT_IN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response post(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @NotNull @Valid MessageInput input) {
        MessageView posted = messages.post(caller, Callers.id(id, "channel"), input);
        return Response.created(UriBuilder.fromResource(MessageResource.class).build(posted.id())).entity(posted).build();
    }

    @GET
    @Path("/{id}/messages")
    @Operation(summary = "The channel's messages, newest first; with threadRootId, one thread (its first message and replies)")
    @ApiResponse(responseCode = "404", description = NOT_IN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<MessageView> messages(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("threadRootId") @Parameter(description = "Only this thread") UUID threadRootId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page") String cursor) {
        return Page.of(reads.page(caller, Callers.id(id, "channel"), threadRootId, Page.decodeSeq(cursor, Long.MAX_VALUE),
                limit + 1), limit, r -> String.valueOf(r.seq()), MessageReads.Row::view);
    }
}
