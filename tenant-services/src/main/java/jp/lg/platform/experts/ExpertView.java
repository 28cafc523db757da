package jp.lg.platform.experts;

import java.util.List;

/** An expert as the API shows it (availability has its own resource). */
public record ExpertView(String id, String collaborationCode, String name, List<String> specialties,
        String homeOfficeCode, int weeklyVisitLimit, String username) {

    static ExpertView of(Expert e) {
        return new ExpertView(e.id().toString(), e.collaborationCode(), e.name(), e.specialties(),
                e.homeOffice().value(), e.weeklyVisitLimit(), e.username());
    }
}
