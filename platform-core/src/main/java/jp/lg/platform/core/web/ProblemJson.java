package jp.lg.platform.core.web;

import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.server.ServerFactory;
import io.dropwizard.core.setup.Environment;
import java.util.List;

/**
 * Makes every error of the API an {@code application/problem+json} document: replaces
 * Dropwizard's default exception mappers with the platform's and limits request body size.
 */
public final class ProblemJson {

    private ProblemJson() {}

    public static void register(ServerFactory serverFactory, Environment environment, long maxBodyBytes) {
        if (serverFactory instanceof AbstractServerFactory server) {
            server.setRegisterDefaultExceptionMappers(false);
        }
        providers(maxBodyBytes).forEach(environment.jersey()::register);
        environment.lifecycle().addServerLifecycleListener(server -> server.setErrorHandler(new ProblemErrorHandler()));
    }

    /** The Jersey providers that turn every failure into a problem, in no particular order. */
    public static List<Object> providers(long maxBodyBytes) {
        return List.of(
                new RequestSizeLimit(maxBodyBytes),
                new ProblemExceptionMapper(),
                new WebApplicationExceptionMapper(),
                new MalformedJsonExceptionMapper(),
                new ParamExceptionMapper(),
                new ValidationExceptionMapper(),
                new UnexpectedExceptionMapper());
    }
}
