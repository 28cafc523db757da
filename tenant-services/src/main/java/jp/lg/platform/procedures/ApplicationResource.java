package jp.lg.platform.procedures;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.BodyLimit;
import jp.lg.platform.core.web.FileUpload;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;

/**
 * The applications of the caller's town, for its staff: entered at the counter or received
 * online, moved through their stages, with the files of their required documents. Another town's
 * application is a 404.
 */
@Path("/api/v1/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "procedures")
@SecurityRequirement(name = "bearer")
public final class ApplicationResource {

    private final ApplicationService applications;
    private final ApplicationFiles files;

    public ApplicationResource(ApplicationService applications, ApplicationFiles files) {
        this.applications = applications;
        this.files = files;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "Enter an application at the counter (書かない窓口): staff fill the form of the procedure as"
            + " your town adopted it; 404 if your town has not adopted it")
    @ApiResponse(responseCode = "201", description = "Submitted; in the first stage",
            content = @Content(schema = @Schema(implementation = ApplicationView.class)))
    public Response submit(@Parameter(hidden = true) @Auth LgPrincipal staff, @NotNull @Valid StaffApplicationInput input) {
        ApplicationView created = applications.submitAtCounter(staff, input);
        return Response.created(UriBuilder.fromResource(ApplicationResource.class).path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "Your town's applications, oldest first, optionally of one procedure or in one stage")
    public List<ApplicationView> list(@Parameter(hidden = true) @Auth LgPrincipal staff,
            @QueryParam("procedure") @Parameter(example = "resident-certificate-copy") String procedure,
            @QueryParam("stage") @Parameter(example = "REVIEW") String stage,
            @QueryParam("after") @DefaultValue("0") @Min(0) @Parameter(description = "seq to start after") long after,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return applications.page(staff, after, procedure, stage, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "One application of your town with its history: who moved it, when, and why")
    public ApplicationView get(@Parameter(hidden = true) @Auth LgPrincipal staff, @PathParam("id") String id) {
        return applications.get(staff, parse(id));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "Move an application to a stage its definition allows next: 受付, 審査, 交付, 差戻し (return,"
            + " with a comment), 却下 (rejection, with a comment), or resubmission of a returned one with the corrected form")
    @ApiResponse(responseCode = "409", description = "Not allowed from the current stage "
            + "(urn:lg-platform:problem:invalid-transition); the detail names the stages allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationView move(@Parameter(hidden = true) @Auth LgPrincipal staff, @PathParam("id") String id,
            @NotNull @Valid TransitionInput input) {
        return applications.move(staff, parse(id), input);
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.Names.STAFF)
    @BodyLimit(bytes = ApplicationFiles.MAX_BYTES)
    @Operation(summary = "Upload a required document (添付書類) of an application: the file's bytes as the body, PDF,"
            + " JPEG or PNG up to 5 MiB; e.g. the scan of an identity document shown at the counter. Reception (受付)"
            + " needs a file for every required attachment")
    @ApiResponse(responseCode = "201", description = "Stored in your town, with its SHA-256",
            content = @Content(schema = @Schema(implementation = ApplicationFile.class)))
    @ApiResponse(responseCode = "400", description = "No name, a type other than PDF/JPEG/PNG, bytes not of that type,"
            + " an empty body or a code the procedure does not require (urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The application is closed (urn:lg-platform:problem:invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Over 5 MiB (urn:lg-platform:problem:payload-too-large); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@Parameter(hidden = true) @Auth LgPrincipal staff, @PathParam("id") String id,
            @QueryParam("code") @Parameter(description = "the required attachment's code", example = "identity-document")
            String code,
            @QueryParam("filename") @Parameter(description = "the file's name; its extension sets the type",
                    example = "運転免許証.pdf") String filename,
            byte[] content) {
        UUID application = parse(id);
        ApplicationFile file = files.uploadAtCounter(staff, application, code, filename,
                content == null ? new byte[0] : content);
        return Response.created(UriBuilder.fromResource(ApplicationResource.class).path(id).path("attachments")
                .path(file.id().toString()).build()).entity(file).build();
    }

    @GET
    @Path("/{id}/attachments/{fileId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Role.Names.STAFF)
    @Operation(summary = "Download a file of your town's application, as uploaded (Content-Disposition: attachment;"
            + " Digest: sha-256)")
    @ApiResponse(responseCode = "200", description = "The bytes", content = @Content(mediaType = "*/*"))
    public Response download(@Parameter(hidden = true) @Auth LgPrincipal staff, @PathParam("id") String id,
            @PathParam("fileId") String fileId) {
        ApplicationFiles.Download d = files.download(staff, parse(id), parse(fileId));
        ApplicationFile f = d.file();
        return FileUpload.download(f.filename(), f.contentType(), HexFormat.of().parseHex(f.sha256()), d.content());
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("申請 '" + id + "' は見つかりません / No application has the id '" + id + "'.");
        }
    }
}
