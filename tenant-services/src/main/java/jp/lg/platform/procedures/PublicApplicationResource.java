package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import jp.lg.platform.core.tenancy.InvalidLgCodeException;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.BodyLimit;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.directory.DirectoryService;

/**
 * Residents' online applications, without an account: apply to a town's adopted procedure, then
 * check the status with the reference number and secret, send the required documents, and correct
 * the form after a return (差戻し). Rate limited per client address; bodies over 16 KiB are refused
 * (files: {@link ApplicationFiles#MAX_BYTES}). Nothing here reveals another town's data or a form's values.
 */
@Path("/public/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public")
public final class PublicApplicationResource {

    /** The header that carries the secret of a receipt; a header, so it never appears in an access log. */
    public static final String SECRET_HEADER = "X-Application-Secret";

    private static final String LIMITED = "Too many requests from your address (urn:lg-platform:problem:too-many-requests)";

    private final ApplicationService applications;
    private final ApplicationFiles files;
    private final PublicStatusLookup status;
    private final DirectoryService directory;

    public PublicApplicationResource(ApplicationService applications, ApplicationFiles files, PublicStatusLookup status,
            DirectoryService directory) {
        this.applications = applications;
        this.files = files;
        this.status = status;
        this.directory = directory;
    }

    @POST
    @Path("/{town}/procedures/{code}/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicOperation
    @Operation(summary = "Apply online (no account): the form of the procedure as the town adopted it; keep the"
            + " reference and secret of the receipt to check the status")
    @ApiResponse(responseCode = "201", description = "Received; the secret is shown only now",
            content = @Content(schema = @Schema(implementation = PublicReceipt.class)))
    @ApiResponse(responseCode = "429", description = LIMITED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@PathParam("town") @Parameter(description = "LG code of the town", example = "074071") String town,
            @PathParam("code") @Parameter(example = "resident-certificate-copy") String code,
            @NotNull @Valid OnlineApplicationInput input) {
        PublicReceipt receipt = applications.submitOnline(knownTown(town, code), code, input);
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("/applications/{reference}")
    @PublicOperation
    @Operation(summary = "The status of your application, opened by its reference and the secret of the receipt")
    @ApiResponse(responseCode = "429", description = LIMITED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicStatus status(@PathParam("reference") @Parameter(example = "K7QX-M2PD-9TRA") String reference,
            @HeaderParam(SECRET_HEADER) @Parameter(in = ParameterIn.HEADER, name = SECRET_HEADER,
                    description = "the secret of the receipt") String secret) {
        return status.status(reference, secret);
    }

    @PUT
    @Path("/applications/{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PublicOperation
    @Operation(summary = "Correct and resubmit your application after the town returned it (差戻し): the whole form"
            + " again, checked like a new application; it goes back to the town (申請) and its stage's deadline starts again")
    @ApiResponse(responseCode = "200", description = "Resubmitted; the status as the GET shows it",
            content = @Content(schema = @Schema(implementation = PublicStatus.class)))
    @ApiResponse(responseCode = "404", description = "No application with this reference and secret"
            + " (urn:lg-platform:problem:not-found)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The application is not returned to you, so there is nothing to"
            + " correct (urn:lg-platform:problem:invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = LIMITED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PublicStatus resubmit(@PathParam("reference") @Parameter(example = "K7QX-M2PD-9TRA") String reference,
            @HeaderParam(SECRET_HEADER) @Parameter(in = ParameterIn.HEADER, name = SECRET_HEADER,
                    description = "the secret of the receipt") String secret,
            @NotNull @Valid OnlineApplicationInput input) {
        PublicStatusLookup.Opened opened = status.open(reference, secret);
        applications.resubmitOnline(opened.town(), opened.id(), input);
        return status.status(opened);
    }

    @POST
    @Path("/applications/{reference}/attachments")
    @Consumes(MediaType.WILDCARD)
    @PublicOperation
    @BodyLimit(bytes = ApplicationFiles.MAX_BYTES)
    @Operation(summary = "Send a required document (添付書類) of your application: the file's bytes as the body, PDF,"
            + " JPEG or PNG up to 5 MiB, while it is in 申請 or returned to you (差戻し)")
    @ApiResponse(responseCode = "201", description = "Received, with its SHA-256",
            content = @Content(schema = @Schema(implementation = ApplicationFile.class)))
    @ApiResponse(responseCode = "400", description = "No name, a type other than PDF/JPEG/PNG, bytes not of that type,"
            + " an empty body or a code the procedure does not require (urn:lg-platform:problem:validation-failed)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "No application with this reference and secret"
            + " (urn:lg-platform:problem:not-found); the body is not read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "The town is already dealing with the application"
            + " (urn:lg-platform:problem:invalid-transition)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "413", description = "Over 5 MiB (urn:lg-platform:problem:payload-too-large); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "429", description = LIMITED,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("reference") @Parameter(example = "K7QX-M2PD-9TRA") String reference,
            @HeaderParam(SECRET_HEADER) @Parameter(in = ParameterIn.HEADER, name = SECRET_HEADER,
                    description = "the secret of the receipt") String secret,
            @QueryParam("code") @Parameter(description = "the required attachment's code", example = "identity-document")
            String code,
            @QueryParam("filename") @Parameter(description = "the file's name; its extension sets the type",
                    example = "運転免許証.jpg") String filename,
            InputStream body) throws IOException {
        PublicStatusLookup.Opened opened = status.open(reference, secret);
        ApplicationFile file = files.uploadOnline(opened.town(), opened.id(), code, filename, body.readAllBytes());
        return Response.status(Response.Status.CREATED).entity(file).build();
    }

    private LgCode knownTown(String town, String code) {
        try {
            LgCode parsed = LgCode.parse(town);
            if (directory.tenant(parsed).isPresent()) {
                return parsed;
            }
        } catch (InvalidLgCodeException e) {
            // an address that names no town is the same 404 as an unknown town
        }
        throw ProblemException.notFound("この自治体の手続 '" + code + "' は見つかりません / No town '" + town
                + "' takes applications for '" + code + "'.");
    }
}
