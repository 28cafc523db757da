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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.web.BodyLimit;
import jp.lg.platform.core.web.FileUpload;
import jp.lg.platform.core.web.Problem;

/**
 * Files for messages: upload the bytes as the request body with the file name as a query
 * parameter, then list the id in {@code attachmentIds} when posting. Downloads carry the type of
 * the name's extension and {@code Content-Disposition: attachment}.
 */
@Path("/api/v1/attachments")
@Tag(name = "messaging")
@SecurityRequirement(name = "bearer")
@PermitAll
public final class AttachmentResource {

    private final AttachmentService attachments;

    public AttachmentResource(AttachmentService attachments) {
        this.attachments = attachments;
    }

    @POST
    @BodyLimit(bytes = AttachmentRules.MAX_BYTES)
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload a file (PDF, PNG, JPEG, XLSX, DOCX, CSV or TXT) to attach to a message you post")
    @ApiResponse(responseCode = "201", description = "Stored, with its SHA-256",
            content = @Content(schema = @Schema(implementation = MessageView.AttachmentView.class)))
    @ApiResponse(responseCode = "400", description = "No name, a type not allowed, or no bytes"
            + " (urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Too large (urn:lg-platform:problem:payload-too-large)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @QueryParam("filename") @Parameter(description = "The file's name; its extension sets the type",
                    example = "研修案内.pdf") String filename,
            byte[] content) {
        MessageView.AttachmentView view = MessageView.AttachmentView.of(
                attachments.upload(caller, filename, content == null ? new byte[0] : content));
        return Response.created(UriBuilder.fromResource(AttachmentResource.class).path(view.id()).build())
                .entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a message in a channel you are in (or your own upload not yet posted)")
    @ApiResponse(responseCode = "200", description = "The bytes, as uploaded", content = @Content(mediaType = "*/*"))
    public Response download(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        AttachmentService.File file = attachments.download(caller, Callers.id(id, "attachment"));
        Attachment a = file.attachment();
        return FileUpload.download(a.filename(), a.contentType(), a.sha256(), file.content());
    }
}
