package jp.lg.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.util.List;
import jp.lg.platform.LgPlatformConfiguration;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.ops.local.LocalPostgres;
import jp.lg.platform.support.PlatformApp;
import jp.lg.platform.support.PlatformStack;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The isolation mechanism every tenant-owned table uses (row-level security enabled by
 * {@code lg_enable_tenant_isolation}), exercised on a table made for this test, as the
 * application's own database role.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class TenantIsolationIT {

    /** Started so the migrations that define the mechanism have run. */
    static final DropwizardAppExtension<LgPlatformConfiguration> APP = PlatformApp.extension();

    private static final LgCode SAIJO = LgCode.parse("382060");
    private static final LgCode BANDAI = LgCode.parse("074071");

    private static Jdbi app;
    private static TenantTransactions tenants;

    @BeforeAll
    static void createATenantOwnedTable() {
        String url = PlatformStack.get().postgres().jdbcUrl(LocalPostgres.DATABASE);
        Jdbi.create(url, LocalPostgres.OWNER_ROLE, LocalPostgres.OWNER_PASSWORD).useHandle(owner -> {
            owner.execute("drop table if exists isolation_probe");
            owner.execute("create table isolation_probe (tenant_code varchar(6) not null, note text not null)");
            owner.execute("call lg_enable_tenant_isolation('isolation_probe')");
        });
        app = Jdbi.create(url, LocalPostgres.APP_ROLE, LocalPostgres.APP_PASSWORD);
        tenants = new TenantTransactions(app);
        tenants.inTenant(SAIJO, h -> h.execute("insert into isolation_probe values ('382060', '西条市のメモ')"));
        tenants.inTenant(BANDAI, h -> h.execute("insert into isolation_probe values ('074071', '磐梯町のメモ')"));
    }

    @Test
    void aQueryOutsideATenantContextSeesNoTenantRows() {
        List<String> notes = app.withHandle(h -> h.createQuery("select note from isolation_probe").mapTo(String.class).list());

        assertThat(notes).isEmpty();
    }

    @Test
    void aTenantSeesOnlyItsOwnRows() {
        assertThat(notes(SAIJO)).containsExactly("西条市のメモ");
        assertThat(notes(BANDAI)).containsExactly("磐梯町のメモ");
    }

    @Test
    void aTenantCannotWriteRowsOfAnotherTenant() {
        assertThatThrownBy(() -> tenants.inTenant(SAIJO,
                h -> h.execute("insert into isolation_probe values ('074071', '越境')")))
                .hasMessageContaining("row-level security");
        assertThat(notes(BANDAI)).containsExactly("磐梯町のメモ");
    }

    @Test
    void theTenantSettingEndsWithTheTransaction() {
        tenants.inTenant(SAIJO, h -> notes(SAIJO));

        List<String> afterwards = app.withHandle(h -> h.createQuery("select note from isolation_probe")
                .mapTo(String.class).list());

        assertThat(afterwards).isEmpty();
    }

    private static List<String> notes(LgCode tenant) {
        return tenants.inTenant(tenant, h -> h.createQuery("select note from isolation_probe order by note")
                .mapTo(String.class).list());
    }
}
