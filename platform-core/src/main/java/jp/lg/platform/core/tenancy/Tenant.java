package jp.lg.platform.core.tenancy;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A local government (地方公共団体) that uses the platform: a prefecture or one of its
 * municipalities. {@code parentCode} is empty for a prefecture; {@code aizuGroup} is the
 * population band of the Aizu standardisation study and empty elsewhere.
 */
public record Tenant(
        LgCode code,
        String nameJa,
        String nameEn,
        TenantKind kind,
        Optional<LgCode> parentCode,
        Optional<Integer> aizuGroup,
        long population,
        LocalDate populationAsOf,
        GeoPoint office) {

    /** The approximate location of a tenant's main office, in WGS84 degrees. */
    public record GeoPoint(double lat, double lon) {}
}
