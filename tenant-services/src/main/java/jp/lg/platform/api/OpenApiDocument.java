package jp.lg.platform.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.web.IdempotencyKeys;
import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemType;

/**
 * The OpenAPI 3.1 contract, generated once from the resource classes. Every operation lists the
 * problem responses it can give, so clients can rely on {@code application/problem+json} errors.
 */
public final class OpenApiDocument {

    private static final Set<HttpMethod> COMMANDS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    private OpenApiDocument() {}

    /** The document as JSON, for the given resource classes. */
    public static String render(List<Class<?>> resources, String version) {
        OpenAPI base = new OpenAPI()
                .info(new Info().title("lg-platform API").version(version)
                        .description("Shared services for Japanese prefectures and municipalities. "
                                + "Errors are RFC 9457 problem documents whose type starts with "
                                + ProblemType.URI_PREFIX + "."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("Keycloak access token of realm lg")));
        Reader reader = new Reader(new SwaggerConfiguration().openAPI(base).openAPI31(true));
        OpenAPI api = reader.read(new LinkedHashSet<>(resources));
        ModelConverters.getInstance(true).readAll(Problem.class).forEach(api.getComponents()::addSchemas);
        api.getPaths().values().forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
            if (COMMANDS.contains(method) && isSecured(operation)) {
                addIdempotencyKey(operation);
            }
            addProblems(operation);
        }));
        return Json31.pretty(api);
    }

    private static boolean isSecured(Operation operation) {
        return operation.getSecurity() != null && !operation.getSecurity().isEmpty();
    }

    /** Every command of a signed-in user takes an Idempotency-Key (see IdempotencyKeys). */
    private static void addIdempotencyKey(Operation operation) {
        operation.addParametersItem(new HeaderParameter().name(IdempotencyKeys.HEADER).required(false)
                .description("Makes a retry safe: a command repeated with the same key (per user, for 24 hours) is not "
                        + "run again; the first response is returned with 'Idempotent-Replayed: true'.")
                .schema(new StringSchema().maxLength(255).example("5f0c7a8e-2b1d-4c39-9e1a-7d3b2f6c8a10")));
        addProblem(operation, ProblemType.IDEMPOTENCY_KEY_REUSED);
        addProblem(operation, ProblemType.IDEMPOTENCY_KEY_IN_PROGRESS);
    }

    private static void addProblems(Operation operation) {
        boolean secured = isSecured(operation);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasParameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        Set<ProblemType> problems = new LinkedHashSet<>();
        if (hasBody || hasParameters) {
            problems.add(ProblemType.VALIDATION_FAILED);
        }
        if (secured) {
            problems.add(ProblemType.UNAUTHORIZED);
            problems.add(ProblemType.FORBIDDEN);
        }
        problems.add(ProblemType.NOT_FOUND);
        if (hasBody) {
            problems.add(ProblemType.ALREADY_EXISTS);
            problems.add(ProblemType.PAYLOAD_TOO_LARGE);
            problems.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        problems.add(ProblemType.INTERNAL_ERROR);
        if (secured) {
            // the identity provider's keys cannot be fetched, or a read model is still loading
            problems.add(ProblemType.SERVICE_UNAVAILABLE);
        }
        problems.forEach(type -> addProblem(operation, type));
    }

    private static void addProblem(Operation operation, ProblemType type) {
        String status = String.valueOf(type.status());
        if (operation.getResponses().get(status) == null) {
            operation.getResponses().addApiResponse(status, new ApiResponse()
                    .description(type.title() + " (" + type.uri() + ")")
                    .content(new Content().addMediaType(Problem.MEDIA_TYPE,
                            new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }
}
