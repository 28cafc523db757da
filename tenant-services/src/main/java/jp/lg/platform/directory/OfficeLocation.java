package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/** Approximate location of a tenant's main office (WGS84 degrees), used for travel estimates. */
@Schema(name = "OfficeLocation")
public record OfficeLocation(
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon) {}
