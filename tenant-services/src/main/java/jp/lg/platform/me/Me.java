package jp.lg.platform.me;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.tenancy.Tenant;

/** The signed-in user. {@code tenant} is null only for platform administrators. */
@Schema(name = "Me")
public record Me(String userId, String username, @Schema(nullable = true) TenantSummary tenant, List<String> roles) {

    static Me of(LgPrincipal principal, Optional<Tenant> tenant) {
        TenantSummary summary = principal.tenant()
                .map(code -> tenant.map(t -> new TenantSummary(code.value(), t.nameJa(), t.nameEn(), t.kind().code()))
                        .orElse(new TenantSummary(code.value(), null, null, null)))
                .orElse(null);
        return new Me(principal.userId(), principal.username(), summary,
                principal.roles().stream().map(Role::keycloakName).sorted().toList());
    }

    /** The caller's tenant; names are null if the directory does not know the code yet. */
    @Schema(name = "TenantSummary")
    public record TenantSummary(String code, String nameJa, String nameEn, String kind) {}
}
