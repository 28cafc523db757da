package jp.lg.platform.directory;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * Callers act for a tenant the platform knows. Keycloak and the directory are kept by the same
 * administrators, but not in one step: a token of a municipality that is not registered yet is
 * refused (403, saying whom to ask) before it reaches any feature, instead of failing deep inside
 * one. Tenants are never removed, so a code once found is remembered.
 */
public final class RegisteredTenants {

    private final Predicate<LgCode> registered;
    private final Set<LgCode> known = ConcurrentHashMap.newKeySet();

    public RegisteredTenants(DirectoryService directory) {
        this(code -> directory.tenant(code).isPresent());
    }

    RegisteredTenants(Predicate<LgCode> registered) {
        this.registered = registered;
    }

    /** Refuses a caller whose tenant is not registered; a platform administrator acts for none and passes. */
    public void check(LgPrincipal caller) {
        caller.tenant().ifPresent(code -> {
            if (known.contains(code)) {
                return;
            }
            if (!registered.test(code)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Your organisation (LG code " + code.value()
                        + ") is not registered on the platform yet; ask the platform administrator to register it"
                        + " (POST /api/v1/tenants). / ご所属の団体（団体コード " + code.value()
                        + "）はまだプラットフォームに登録されていません。プラットフォーム管理者に登録を依頼してください。");
            }
            known.add(code);
        });
    }
}
