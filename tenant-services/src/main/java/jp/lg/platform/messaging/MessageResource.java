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
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.web.Problem;

/**
 * One message: read it (with its earlier versions), edit or retract it (its author), react to it.
 * A message in a channel the caller is not in is a 404.
 */
@Path("/api/v1/messages/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messaging")
@SecurityRequirement(name = "bearer")
@PermitAll
public final class MessageResource {

    private static final String NOT_VISIBLE = "No message with this id in a channel you are in"
            + " (urn:lg-platform:problem:not-found)";

    private final MessageReads reads;
    private final MessageEdits edits;

    public MessageResource(MessageReads reads, MessageEdits edits) {
        this.reads = reads;
        this.edits = edits;
    }

    @GET
    @Operation(summary = "One message; with history=true, its earlier texts too")
    @ApiResponse(responseCode = "404", description = NOT_VISIBLE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageView get(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("history") @DefaultValue("false") boolean history) {
        return reads.get(caller, Callers.id(id, "message"), history);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Edit your message (the earlier text is kept); for an ALERT, correction=true marks a correction")
    @ApiResponse(responseCode = "403", description = "Not the author (urn:lg-platform:problem:forbidden)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Retracted (urn:lg-platform:problem:conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MessageView edit(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @NotNull MessageEditInput input) {
        edits.edit(caller, Callers.id(id, "message"), input);
        return reads.get(caller, Callers.id(id, "message"), false);
    }

    @DELETE
    @Operation(summary = "Retract your message: it stays as a tombstone without text, history, reactions or files")
    @ApiResponse(responseCode = "204", description = "Retracted")
    public Response retract(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        edits.retract(caller, Callers.id(id, "message"));
        return Response.noContent().build();
    }

    @POST
    @Path("/reactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "React with an emoji (once per person and emoji: again changes nothing)")
    @ApiResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    public Response react(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @NotNull ReactionInput input) {
        boolean added = edits.react(caller, Callers.id(id, "message"), input.emoji());
        return Response.status(added ? 201 : 200).entity(reads.get(caller, Callers.id(id, "message"), false)).build();
    }

    @DELETE
    @Path("/reactions")
    @Operation(summary = "Take back your reaction")
    @ApiResponse(responseCode = "204", description = "Removed (or there was none)")
    public Response unreact(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @QueryParam("emoji") @Parameter(description = "The emoji to take back", example = "👍") String emoji) {
        edits.unreact(caller, Callers.id(id, "message"), emoji);
        return Response.noContent().build();
    }
}
