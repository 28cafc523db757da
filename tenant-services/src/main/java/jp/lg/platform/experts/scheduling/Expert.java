package jp.lg.platform.experts.scheduling;

import java.util.Set;

/**
 * A shared expert (DX推進専門官): the specialties (specialty codes of {@code expert-specialties.csv})
 * they can be sent (派遣) for, the office they travel from, and how many visits a week they take.
 */
public record Expert(String id, String name, Set<String> specialties, Office home, int weeklyVisitLimit) {

    public Expert {
        specialties = Set.copyOf(specialties);
    }

    public boolean covers(String specialty) {
        return specialties.contains(specialty);
    }

    @Override
    public String toString() {
        return id;
    }
}
