package jp.lg.platform.experts;

import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;

/**
 * A shared expert (DX推進専門官) employed by a collaboration's lead ({@code tenant}): specialties,
 * the office they travel from, how many visits a week they can make, the Keycloak user who is
 * this expert, and their availability.
 */
public record Expert(UUID id, LgCode tenant, String collaborationCode, String name, List<String> specialties,
        LgCode homeOffice, int weeklyVisitLimit, String username, AvailabilityPattern availability) {

    public Expert {
        specialties = List.copyOf(specialties);
    }

    Expert with(ExpertInput input) {
        return new Expert(id, tenant, collaborationCode, input.name(), input.specialties(),
                LgCode.parse(input.homeOfficeCode()), input.weeklyVisitLimit(), input.username(), availability);
    }

    Expert with(AvailabilityPattern pattern) {
        return new Expert(id, tenant, collaborationCode, name, specialties, homeOffice, weeklyVisitLimit, username, pattern);
    }
}
