package jp.lg.platform.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.events.Topic;
import jp.lg.platform.core.events.consumer.DeadLetter;
import jp.lg.platform.core.events.consumer.DeadLetters;
import jp.lg.platform.core.web.ProblemException;

/**
 * Dead letters (records no consumer could process) of the platform's topics: inspect them, and
 * after a fix replay one or all to their topic. Platform administrators only.
 */
@Path("/api/v1/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "admin")
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public final class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final List<Topic<?, ?>> topics;

    public DeadLetterResource(DeadLetters deadLetters, List<Topic<?, ?>> topics) {
        this.deadLetters = deadLetters;
        this.topics = List.copyOf(topics);
    }

    @GET
    @Operation(summary = "List the dead letters of a topic (platform administrators)")
    public List<DeadLetter> list(@QueryParam("topic") @NotBlank
            @Parameter(description = "The original topic, e.g. lg.directory.tenants") String topic) {
        return deadLetters.list(topicNamed(topic));
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replay one dead letter, or all of a topic, to the topic (platform administrators)")
    public ReplayResult replay(@NotNull @Valid ReplayRequest request) {
        return new ReplayResult(deadLetters.replay(topicNamed(request.topic()), request.partitionIfGiven(),
                request.offsetIfGiven()));
    }

    private Topic<?, ?> topicNamed(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("No platform topic is named '" + name + "'; use one of "
                        + topics.stream().map(Topic::name).toList() + "."));
    }
}
