package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.LgCodeFormat;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.tenancy.TenantKind;

/** A tenant as a platform administrator registers or replaces it. */
@Schema(name = "TenantInput")
public record TenantInput(
        @NotNull @LgCodeFormat @Schema(example = "382060") String code,
        @NotBlank @Size(max = 100) @Schema(example = "西条市") String nameJa,
        @NotBlank @Size(max = 100) @Schema(example = "Saijo") String nameEn,
        @NotNull @Pattern(regexp = "prefecture|city|town|village", message = "must be prefecture, city, town or village")
        @Schema(allowableValues = {"prefecture", "city", "town", "village"}) String kind,
        @LgCodeFormat @Schema(description = "required for municipalities, absent for prefectures", nullable = true)
        String parentCode,
        @Min(1) @Max(3) @Schema(nullable = true) Integer aizuGroup,
        @NotNull @PositiveOrZero Long population,
        @NotNull @PastOrPresent LocalDate populationAsOf,
        @NotNull @Valid OfficeLocation office) {

    /** The domain tenant; call only after validation passed. */
    public Tenant toTenant() {
        return new Tenant(LgCode.parse(code), nameJa.strip(), nameEn.strip(), TenantKind.fromCode(kind),
                Optional.ofNullable(parentCode).map(LgCode::parse), Optional.ofNullable(aizuGroup),
                population, populationAsOf, new Tenant.GeoPoint(office.lat(), office.lon()));
    }
}
