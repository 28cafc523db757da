package jp.lg.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.core.tenancy.LgCodeFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class ProblemJsonTest {

    private static final List<String> STORED = new ArrayList<>();

    private static final ResourceExtension RESOURCES = buildResources();

    @BeforeEach
    void clearStore() {
        STORED.clear();
    }

    @Test
    void unknownRouteIsANotFoundProblem() {
        Response response = RESOURCES.target("/nowhere").request().get();

        JsonNode problem = problem(response, 404, "not-found");
        assertThat(problem.get("instance").asText()).isEqualTo("/nowhere");
        assertThat(problem.get("title_ja").asText()).isEqualTo("見つかりません");
    }

    @Test
    void wrongMethodIsAProblemThatSaysWhichMethodsAreAllowed() {
        Response response = RESOURCES.target("/things/1").request().delete();

        JsonNode problem = problem(response, 405, "method-not-allowed");
        assertThat(response.getHeaderString(HttpHeaders.ALLOW)).contains("GET");
        assertThat(problem.get("detail").asText()).contains("GET");
    }

    @Test
    void wrongContentTypeIsAProblemAndWritesNothing() {
        Response response = RESOURCES.target("/things").request().post(Entity.text("name=x"));

        problem(response, 415, "unsupported-media-type");
        assertThat(STORED).isEmpty();
    }

    @Test
    void malformedJsonIsAProblemAndWritesNothing() {
        Response response = post("truncated-thing.json");

        JsonNode problem = problem(response, 400, "malformed-request");
        assertThat(problem.get("detail").asText()).contains("not valid JSON").doesNotContain("西条市");
        assertThat(STORED).isEmpty();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        JsonNode problem = problem(post("wrong-type-thing.json"), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("seats");
        assertThat(STORED).isEmpty();
    }

    @Test
    void anUnknownFieldIsNamed() {
        JsonNode problem = problem(post("unknown-field-thing.json"), 400, "validation-failed");

        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("colour");
        assertThat(STORED).isEmpty();
    }

    @Test
    void everyInvalidFieldIsListed() {
        JsonNode problem = problem(post("invalid-thing.json"), 400, "validation-failed");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("code", "name", "seats");
        assertThat(problem.at("/errors/0/message").asText()).isEqualTo("check digit should be 0, got 1");
        assertThat(STORED).isEmpty();
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        Response response = RESOURCES.target("/things").request()
                .post(Entity.entity("", MediaType.APPLICATION_JSON_TYPE));

        JsonNode problem = problem(response, 400, "validation-failed");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("body");
    }

    @Test
    void aBadQueryParameterIsNamed() {
        JsonNode tooBig = problem(RESOURCES.target("/things").queryParam("limit", "999").request().get(),
                400, "validation-failed");
        JsonNode notANumber = problem(RESOURCES.target("/things").queryParam("limit", "abc").request().get(),
                400, "validation-failed");

        assertThat(tooBig.at("/errors/0/field").asText()).isEqualTo("limit");
        assertThat(notANumber.at("/errors/0/field").asText()).isEqualTo("limit");
    }

    @Test
    void anOversizedBodyIsRefusedAndWritesNothing() {
        String big = "{\"name\": \"" + "あ".repeat(2_000) + "\", \"seats\": 1, \"code\": \"382060\"}";

        Response response = RESOURCES.target("/things").request().post(Entity.json(big));

        problem(response, 413, "payload-too-large");
        assertThat(STORED).isEmpty();
    }

    @Test
    void aMethodWithItsOwnBodyLimitTakesMoreThanTheGeneralLimitAndNoMoreThanItsOwn() {
        Response within = RESOURCES.target("/things/files").request()
                .post(Entity.entity(new byte[3_000], MediaType.APPLICATION_OCTET_STREAM_TYPE));
        Response over = RESOURCES.target("/things/files").request()
                .post(Entity.entity(new byte[4_097], MediaType.APPLICATION_OCTET_STREAM_TYPE));

        assertThat(within.getStatus()).as("above the general 1,024 bytes").isEqualTo(200);
        problem(over, 413, "payload-too-large");
        assertThat(STORED).containsExactly("3000 bytes");
    }

    @Test
    void aDomainErrorKeepsItsTypeAndDetail() {
        JsonNode problem = problem(RESOURCES.target("/things/404").request().get(), 404, "not-found");

        assertThat(problem.get("detail").asText()).isEqualTo("No thing 404.");
    }

    @Test
    void anUnexpectedErrorIsA500WithoutInternals() {
        Response response = RESOURCES.target("/things/boom").request().get();

        JsonNode problem = problem(response, 500, "internal-error");
        assertThat(problem.get("detail").asText()).contains("Error id").doesNotContain("IllegalStateException");
        assertThat(problem.toString()).doesNotContain("at jp.lg");
    }

    @Test
    void aValidRequestPassesUntouched() {
        Response response = post("valid-thing.json");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(STORED).containsExactly("西条市");
    }

    private static Response post(String fixture) {
        return RESOURCES.target("/things").request().post(Entity.entity(fixture(fixture), MediaType.APPLICATION_JSON_TYPE));
    }

    private static JsonNode problem(Response response, int status, String slug) {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        JsonNode body = response.readEntity(JsonNode.class);
        assertThat(body.get("type").asText()).isEqualTo(ProblemType.URI_PREFIX + slug);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        return body;
    }

    private static String fixture(String name) {
        try (InputStream in = ProblemJsonTest.class.getResourceAsStream("/problems/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResourceExtension buildResources() {
        ResourceExtension.Builder builder = ResourceExtension.builder()
                .setMapper(Jackson.newObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .setRegisterDefaultExceptionMappers(false)
                .addResource(new ThingResource());
        ProblemJson.providers(1_024).forEach(builder::addProvider);
        return builder.build();
    }

    /** A small resource with the usual kinds of input, standing in for a feature's resource. */
    @Path("/things")
    @Produces(MediaType.APPLICATION_JSON)
    public static final class ThingResource {

        @GET
        public List<String> list(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(100) int limit) {
            return STORED;
        }

        @GET
        @Path("/{id}")
        public String get(@PathParam("id") String id) {
            if (id.equals("boom")) {
                throw new IllegalStateException("database exploded at jp.lg.secret");
            }
            throw ProblemException.notFound("No thing " + id + ".");
        }

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public String create(@NotNull @Valid Thing thing) {
            STORED.add(thing.name());
            return "ok";
        }

        @POST
        @Path("/files")
        @Consumes(MediaType.WILDCARD)
        @BodyLimit(bytes = 4_096)
        public String upload(byte[] content) {
            STORED.add(content.length + " bytes");
            return "ok";
        }
    }

    public record Thing(@NotBlank String name, @Min(0) int seats, @NotNull @LgCodeFormat String code) {}
}
