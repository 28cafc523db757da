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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.web.Problem;

/**
 * What towns answer to messages that ask: acknowledgements of announcements (確認), answers to
 * inquiries (回答) and RSVPs to seminars (申込). A message the caller may not see is a 404; one of
 * another kind, or a town it does not ask, is a 409.
 */
@Path("/api/v1/messages/{id}")
@Tag(name = "messaging")
@SecurityRequirement(name = "bearer")
@PermitAll
public final class MessageResponseResource {

    private static final String CONFLICT = "Another kind of message, a town it does not ask, or past the deadline"
            + " (urn:lg-platform:problem:conflict)";

    private final Acknowledgements acknowledgements;
    private final InquiryAnswers answers;
    private final Rsvps rsvps;

    public MessageResponseResource(Acknowledgements acknowledgements, InquiryAnswers answers, Rsvps rsvps) {
        this.acknowledgements = acknowledgements;
        this.answers = answers;
        this.rsvps = rsvps;
    }

    @POST
    @Path("/acknowledgements")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge an announcement for your town: 201 the first time, 200 (no change) after")
    @ApiResponse(responseCode = "201", description = "Acknowledged",
            content = @Content(schema = @Schema(implementation = AcknowledgementView.class)))
    @ApiResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response acknowledge(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        UUID message = Callers.id(id, "message");
        boolean first = acknowledgements.acknowledge(caller, message);
        return Response.status(first ? 201 : 200).entity(acknowledgements.status(caller, message)).build();
    }

    @GET
    @Path("/acknowledgements")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Each town's acknowledgement and the summary (\"2 of 20 towns acknowledged\")")
    public AcknowledgementView acknowledgements(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @PathParam("id") String id) {
        return acknowledgements.status(caller, Callers.id(id, "message"));
    }

    @PUT
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give or replace your town's answer to an inquiry, until its deadline")
    @ApiResponse(responseCode = "200", description = "The comparison table with your answer",
            content = @Content(schema = @Schema(implementation = AnswerTable.class)))
    @ApiResponse(responseCode = "409", description = CONFLICT,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnswerTable answer(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @NotNull AnswerInput input) {
        return answers.answer(caller, Callers.id(id, "message"), input);
    }

    @GET
    @Path("/answers")
    @Produces({MediaType.APPLICATION_JSON, AnswerCsv.MEDIA_TYPE})
    @Operation(summary = "The answers side by side (town × question) and the towns that have not answered;"
            + " Accept: text/csv gives CSV for Excel (UTF-8 with BOM, Japanese headers)")
    @ApiResponse(responseCode = "200", description = "The comparison table",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerTable.class)),
                    @Content(mediaType = "text/csv")})
    public Response answers(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        AnswerTable table = answers.table(caller, Callers.id(id, "message"));
        if (accept != null && accept.contains("text/csv")) {
            return Response.ok(AnswerCsv.render(table), AnswerCsv.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"answers-" + id + ".csv\"").build();
        }
        return Response.ok(table, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("/rsvps")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for a seat at a seminar: a seat while any is free, the waitlist after;"
            + " 201 the first time, 200 with your RSVP after")
    @ApiResponse(responseCode = "201", description = "Your RSVP (CONFIRMED or WAITLISTED)",
            content = @Content(schema = @Schema(implementation = RsvpView.Entry.class)))
    @ApiResponse(responseCode = "409", description = "Your town has all its seats (urn:lg-platform:problem:quota-exceeded),"
            + " or past the RSVP deadline (urn:lg-platform:problem:conflict)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rsvp(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        Rsvps.Result result = rsvps.rsvp(caller, Callers.id(id, "message"));
        Rsvp r = result.rsvp();
        return Response.status(result.created() ? 201 : 200).entity(new RsvpView.Entry(r.tenantCode(), r.userId(),
                r.username(), r.status(), null, r.updatedAt().atZone(MessageView.TOKYO).toOffsetDateTime())).build();
    }

    @DELETE
    @Path("/rsvps")
    @Operation(summary = "Cancel your RSVP; a seat it frees goes to the first on the waitlist")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    public Response cancel(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        rsvps.cancel(caller, Callers.id(id, "message"));
        return Response.noContent().build();
    }

    @GET
    @Path("/rsvps")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The seminar's seats and waitlist, in order")
    public RsvpView rsvps(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return rsvps.list(caller, Callers.id(id, "message"));
    }

    @GET
    @Path("/rsvps/mine.ics")
    @Produces(SeminarIcs.MEDIA_TYPE)
    @Operation(summary = "The seminar as iCalendar for your calendar (CONFIRMED with a seat, TENTATIVE on the waitlist)")
    @ApiResponse(responseCode = "200", description = "iCalendar", content = @Content(mediaType = "text/calendar"))
    public Response calendar(@Parameter(hidden = true) @Auth LgPrincipal caller, @PathParam("id") String id) {
        return Response.ok(rsvps.calendar(caller, Callers.id(id, "message")), SeminarIcs.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"seminar-" + id + ".ics\"").build();
    }
}
