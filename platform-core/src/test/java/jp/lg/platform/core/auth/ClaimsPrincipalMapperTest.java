package jp.lg.platform.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import jp.lg.platform.core.tenancy.LgCode;
import org.junit.jupiter.api.Test;

class ClaimsPrincipalMapperTest {

    private final ClaimsPrincipalMapper mapper = new ClaimsPrincipalMapper();

    @Test
    void takesTheTenantFromTheOrganizationAndKeepsOnlyPlatformRoles() {
        LgPrincipal principal = mapper.toPrincipal(claims("saijo-staff"));

        assertThat(principal.userId()).isEqualTo("5b1c3a52-3c43-4e0b-9d7c-0d7b1a0f6a11");
        assertThat(principal.username()).isEqualTo("saijo.staff");
        assertThat(principal.tenant()).contains(LgCode.parse("382060"));
        assertThat(principal.roles()).containsExactly(Role.STAFF);
        assertThat(principal.displayName()).isEqualTo("Saijo Staff");
        assertThat(principal.email()).contains("saijo.staff@example.lg.jp");
    }

    @Test
    void showsTheUsernameWhenTheTokenCarriesNoNameOrEmail() {
        LgPrincipal principal = mapper.toPrincipal(claims("coordinator-with-attributes"));

        assertThat(principal.displayName()).isEqualTo("ehime.coordinator");
        assertThat(principal.email()).isEmpty();
    }

    @Test
    void readsTheOrganizationClaimWrittenWithAttributes() {
        LgPrincipal principal = mapper.toPrincipal(claims("coordinator-with-attributes"));

        assertThat(principal.tenant()).contains(LgCode.parse("380008"));
        assertThat(principal.roles()).containsExactly(Role.COORDINATOR);
    }

    @Test
    void letsAPlatformAdministratorHaveNoTenant() {
        LgPrincipal principal = mapper.toPrincipal(claims("platform-admin"));

        assertThat(principal.tenant()).isEmpty();
        assertThat(principal.hasRole(Role.PLATFORM_ADMIN)).isTrue();
    }

    @Test
    void refusesAUserWithoutOrganization() {
        assertThatThrownBy(() -> mapper.toPrincipal(claims("staff-without-organization")))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("lost.staff belongs to no organization");
    }

    @Test
    void refusesAUserInTwoOrganizations() {
        assertThatThrownBy(() -> mapper.toPrincipal(claims("two-organizations")))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("belongs to 2 organizations");
    }

    @Test
    void refusesAnOrganizationThatIsNotAnLgCode() {
        assertThatThrownBy(() -> mapper.toPrincipal(claims("organization-not-an-lg-code")))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessageContaining("organization 'acme' is not a tenant");
    }

    static JWTClaimsSet claims(String fixture) {
        try (InputStream in = ClaimsPrincipalMapperTest.class.getResourceAsStream("/claims/" + fixture + ".json")) {
            return JWTClaimsSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot read fixture " + fixture, e);
        }
    }
}
