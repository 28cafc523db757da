package jp.lg.platform.notifications;

import io.dropwizard.auth.Auth;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.web.Problem;

/** The signed-in person's notification preferences (通知設定). */
@Path("/api/v1/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
@SecurityRequirement(name = "bearer")
public final class NotificationPreferencesResource {

    static final String EXAMPLE = "{\"defaultLevel\": \"ALL\", \"channels\": {\"6f1c2a9e-6f0b-4c4e-9a53-1f0f7a3b2c11\": "
            + "\"MENTIONS\"}, \"digest\": \"DAILY\", \"email\": true, \"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\"}}";

    private final PreferencesService preferences;

    public NotificationPreferencesResource(PreferencesService preferences) {
        this.preferences = preferences;
    }

    @GET
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT, Role.Names.ANALYST})
    @Operation(summary = "Your notification preferences (the defaults until you set any: ALL, e-mail at once, no quiet hours)")
    public NotificationPreferencesView get(@Parameter(hidden = true) @Auth LgPrincipal caller) {
        return NotificationPreferencesView.of(preferences.get(caller));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.STAFF, Role.Names.COORDINATOR, Role.Names.EXPERT, Role.Names.ANALYST})
    @Operation(summary = "Replace your notification preferences: a level per channel (ALL, MENTIONS, NONE), e-mail and "
            + "its digest, quiet hours (Asia/Tokyo, alerts still come through)",
            requestBody = @RequestBody(content = @Content(schema = @Schema(implementation = NotificationPreferencesInput.class),
                    examples = @ExampleObject(name = "quiet nights", value = EXAMPLE))))
    @ApiResponse(responseCode = "200", description = "Saved; the router uses them within a second",
            content = @Content(schema = @Schema(implementation = NotificationPreferencesView.class)))
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong "
            + "(urn:lg-platform:problem:validation-failed); errors names each",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationPreferencesView put(@Parameter(hidden = true) @Auth LgPrincipal caller,
            @NotNull NotificationPreferencesInput input) {
        return NotificationPreferencesView.of(preferences.put(caller, input));
    }
}
