package jp.lg.platform.ops.local;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.tenancy.ReferenceData;
import jp.lg.platform.core.tenancy.Tenant;

/** The demo identities of DESIGN.md ("Demo identities"), derived from the reference data. */
public final class DemoUsers {

    static final LgCode EHIME = LgCode.parse("380008");
    static final LgCode FUKUSHIMA = LgCode.parse("070009");
    static final LgCode SAIJO = LgCode.parse("382060");

    private DemoUsers() {}

    /** Every demo user: municipal staff, coordinators, analysts, experts and the platform admin. */
    public static List<DemoUser> from(ReferenceData data, List<String> expertSpecialtyCodes) {
        List<DemoUser> users = new ArrayList<>();
        for (Tenant tenant : data.tenants()) {
            if (tenant.kind().isMunicipality()) {
                users.add(member(lower(tenant.nameEn()) + ".staff", tenant.nameEn(), "Staff", "staff", tenant.code()));
            }
        }
        users.add(member("ehime.coordinator", "Ehime", "Coordinator", "coordinator", EHIME));
        users.add(member("fukushima.coordinator", "Fukushima", "Coordinator", "coordinator", FUKUSHIMA));
        users.add(member("ehime.analyst", "Ehime", "Analyst", "analyst", EHIME));
        users.add(member("fukushima.analyst", "Fukushima", "Analyst", "analyst", FUKUSHIMA));
        users.add(member("saijo.analyst", "Saijo", "Analyst", "analyst", SAIJO));
        for (String specialty : expertSpecialtyCodes) {
            users.add(member("expert." + specialty, "Expert", specialty, "expert", EHIME));
        }
        users.add(new DemoUser("platform.admin", "Platform", "Admin", "platform-admin", Optional.empty()));
        requireKnownTenants(users, data);
        return List.copyOf(users);
    }

    private static DemoUser member(String username, String firstName, String lastName, String role, LgCode code) {
        return new DemoUser(username, firstName, lastName, role, Optional.of(code));
    }

    private static void requireKnownTenants(List<DemoUser> users, ReferenceData data) {
        for (DemoUser user : users) {
            user.organization().filter(code -> data.tenant(code).isEmpty()).ifPresent(code -> {
                throw new IllegalArgumentException("demo user " + user.username() + " belongs to " + code
                        + ", which is not in " + ReferenceData.MUNICIPALITIES);
            });
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
