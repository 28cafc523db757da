package jp.lg.platform.directory;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;

/** A tenant as the API shows it. */
@Schema(name = "Tenant", description = "A local government (地方公共団体) on the platform")
public record TenantView(
        @Schema(description = "全国地方公共団体コード (6 digits with check digit)", example = "382060") String code,
        @Schema(example = "西条市") String nameJa,
        @Schema(example = "Saijo") String nameEn,
        @Schema(allowableValues = {"prefecture", "city", "town", "village"}) String kind,
        @Schema(description = "LG code of the prefecture; null for a prefecture", nullable = true) String parentCode,
        @Schema(description = "Population band of the Aizu study (1: ≥10,000, 2: 3,000–10,000, 3: <3,000)", nullable = true)
        Integer aizuGroup,
        long population,
        LocalDate populationAsOf,
        OfficeLocation office) {

    public static TenantView of(Tenant t) {
        return new TenantView(t.code().value(), t.nameJa(), t.nameEn(), t.kind().code(),
                t.parentCode().map(LgCode::value).orElse(null), t.aizuGroup().orElse(null),
                t.population(), t.populationAsOf(), new OfficeLocation(t.office().lat(), t.office().lon()));
    }
}
