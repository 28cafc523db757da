package jp.lg.platform.surveys;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A survey as stored: defined by {@code leadCode} for its collaboration, answered by the members
 * until the deadline or until the lead closes it ({@code closedAt}: when the lead closed it, or the deadline
 * once {@link SurveyDeadlines} has closed it; empty while open).
 */
record Survey(UUID id, String collaborationCode, String leadCode, String titleJa, String titleEn,
        SurveyDefinition definition, Instant deadline, boolean openWhenAllSubmitted, Optional<Instant> closedAt,
        String publishedBy, Instant publishedAt) {

    /** When answers stopped or will stop being accepted: the early close, or else the deadline. */
    Instant closesAt() {
        return closedEarly().orElse(deadline);
    }

    /** When the lead closed it before its deadline; empty if open or closed by the deadline. */
    Optional<Instant> closedEarly() {
        return closedAt.filter(c -> c.isBefore(deadline));
    }

    boolean acceptsAnswers(Instant now) {
        return closedAt.isEmpty() && now.isBefore(deadline);
    }
}
