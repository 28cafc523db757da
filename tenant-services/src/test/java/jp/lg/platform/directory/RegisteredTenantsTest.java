package jp.lg.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.junit.jupiter.api.Test;

class RegisteredTenantsTest {

    private final List<LgCode> asked = new ArrayList<>();
    private final RegisteredTenants tenants = new RegisteredTenants(code -> {
        asked.add(code);
        return code.value().equals("382060");
    });

    @Test
    void aRegisteredTownPassesAndIsLookedUpOnce() {
        tenants.check(caller("382060"));
        tenants.check(caller("382060"));

        assertThat(asked).containsExactly(LgCode.parse("382060"));
    }

    @Test
    void aTownTheDirectoryDoesNotKnowIsForbiddenWithWhomToAsk() {
        assertThatThrownBy(() -> tenants.check(caller("072281")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.FORBIDDEN))
                .hasMessageContaining("072281")
                .hasMessageContaining("platform administrator")
                .hasMessageContaining("登録されていません");
        assertThatThrownBy(() -> tenants.check(caller("072281"))).isInstanceOf(ProblemException.class);
        assertThat(asked).as("an unknown code is asked again: it may be registered meanwhile").hasSize(2);
    }

    @Test
    void aPlatformAdministratorActsForNoTenantAndPasses() {
        assertThatCode(() -> tenants.check(new LgPrincipal("admin-id", "platform.admin", Optional.empty(),
                Set.of(Role.PLATFORM_ADMIN)))).doesNotThrowAnyException();
        assertThat(asked).isEmpty();
    }

    private static LgPrincipal caller(String code) {
        return new LgPrincipal("user-" + code, "staff." + code, Optional.of(LgCode.parse(code)), Set.of(Role.STAFF));
    }
}
