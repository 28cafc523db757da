package jp.lg.platform.insights;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.Tenant;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * Who sees which municipalities' metrics, and by name: the one place this is decided. A caller (analyst
 * or coordinator) sees by name their own town, every member of the collaborations their tenant leads
 * (a prefecture's analyst sees its region), and towns that opted in to open comparison; every other
 * town only under a stable pseudonym. A scope may be read by a tenant inside it: a collaboration by its
 * lead and members, a prefecture by itself and its municipalities, a single municipality only when it
 * is seen by name. Anything else is 403.
 */
final class MetricAudience {

    private final LgCode tenant;
    private final Set<String> named;
    private final Map<String, Tenant> tenants;
    private final List<Collaboration> collaborations;

    private MetricAudience(LgCode tenant, Set<String> named, Map<String, Tenant> tenants,
            List<Collaboration> collaborations) {
        this.tenant = tenant;
        this.named = named;
        this.tenants = tenants;
        this.collaborations = collaborations;
    }

    static MetricAudience of(LgPrincipal caller, List<Tenant> tenants, List<Collaboration> collaborations,
            Set<String> openTowns) {
        LgCode tenant = caller.tenant().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Metrics are for users of a local government; " + caller.username() + " belongs to none."));
        Set<String> named = new HashSet<>(openTowns);
        named.add(tenant.value());
        collaborations.stream().filter(c -> c.leadCode().equals(tenant))
                .forEach(c -> c.members().forEach(m -> named.add(m.value())));
        return new MetricAudience(tenant, Set.copyOf(named),
                tenants.stream().collect(Collectors.toMap(t -> t.code().value(), Function.identity())), collaborations);
    }

    boolean named(String town) {
        return named.contains(town);
    }

    Map<String, Tenant> tenants() {
        return tenants;
    }

    /** The municipalities of a scope the caller may read; 404 for an unknown code, 403 outside the caller's reach. */
    List<String> townsOf(String scope, String code) {
        return switch (scope) {
            case "municipality" -> {
                Tenant town = municipality(code);
                if (!named(town.code().value())) {
                    throw forbidden(town.nameJa() + " (" + code + ") is not yours, not in a collaboration you lead and has"
                            + " not opted in to open comparison; compare with it through /peers or a collaboration scope.");
                }
                yield List.of(town.code().value());
            }
            case "collaboration" -> {
                Collaboration c = collaborations.stream().filter(x -> x.code().equals(code)).findFirst()
                        .orElseThrow(() -> ProblemException.notFound("No collaboration has the code '" + code + "'."));
                if (!c.includes(tenant)) {
                    throw forbidden("Your tenant " + tenant + " is not part of the collaboration " + code + ".");
                }
                yield c.members().stream().map(LgCode::value).sorted().toList();
            }
            default -> {
                Tenant prefecture = tenants.get(code);
                if (prefecture == null || prefecture.kind().isMunicipality()) {
                    throw ProblemException.notFound("No prefecture has the LG code '" + code + "'.");
                }
                Tenant own = tenants.get(tenant.value());
                boolean inside = tenant.value().equals(code)
                        || (own != null && own.parentCode().map(p -> p.value().equals(code)).orElse(false));
                if (!inside) {
                    throw forbidden("Your tenant " + tenant + " is not " + prefecture.nameEn() + " nor one of its"
                            + " municipalities.");
                }
                yield tenants.values().stream()
                        .filter(t -> t.parentCode().map(p -> p.value().equals(code)).orElse(false))
                        .map(t -> t.code().value()).sorted().toList();
            }
        };
    }

    /** A municipality the caller may benchmark: one it sees by name. */
    Tenant municipality(String code) {
        Tenant town = tenants.get(code);
        if (town == null || !town.kind().isMunicipality()) {
            throw ProblemException.notFound("No municipality has the LG code '" + code + "'.");
        }
        return town;
    }

    static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }
}
