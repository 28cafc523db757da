package jp.lg.platform.core.tenancy;

import java.util.List;

/**
 * A 広域連携 (cross-municipality collaboration): a named group of tenants with a lead, such as
 * Team Ehime or the Aizu region. {@code members} excludes the lead and is sorted by code.
 */
public record Collaboration(String code, String nameJa, String nameEn, LgCode leadCode, List<LgCode> members) {

    public Collaboration {
        members = List.copyOf(members);
    }

    /** Whether {@code tenant} leads or belongs to this collaboration. */
    public boolean includes(LgCode tenant) {
        return leadCode.equals(tenant) || members.contains(tenant);
    }
}
