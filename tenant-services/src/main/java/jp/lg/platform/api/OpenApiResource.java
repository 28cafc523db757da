package jp.lg.platform.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Serves the OpenAPI document, without authentication: the contract is public. */
@Path("/api/v1/openapi.json")
@Hidden
public final class OpenApiResource {

    private final String document;

    public OpenApiResource(String document) {
        this.document = document;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String get() {
        return document;
    }
}
