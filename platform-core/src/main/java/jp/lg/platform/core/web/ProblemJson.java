package jp.lg.platform.core.web;

import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.core.server.ServerFactory;

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
        environment.jersey().register(new RequestSizeLimit(maxBodyBytes));
        environment.jersey().register(new ProblemExceptionMapper());
        environment.jersey().register(new WebApplicationExceptionMapper());
        environment.jersey().register(new MalformedJsonExceptionMapper());
        environment.jersey().register(new ParamExceptionMapper());
        environment.jersey().register(new ValidationExceptionMapper());
        environment.jersey().register(new UnexpectedExceptionMapper());
    }
}
