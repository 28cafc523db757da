package jp.lg.platform.experts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.VisitMode;

/** An expert request as the API shows it; times in Asia/Tokyo. */
@Schema(name = "ExpertRequest")
public record ExpertRequestView(String id, String municipalityCode, String collaborationCode, String programme,
        String specialty, String topic, String description, VisitMode mode, int durationMinutes, Urgency urgency,
        List<PreferredWindow> preferredWindows, int fiscalYear, RequestStatus status,
        @Schema(nullable = true) String assignedExpertId, @Schema(nullable = true) String reason,
        @Schema(nullable = true) VisitReport report, OffsetDateTime submittedAt,
        @Schema(nullable = true, description = "When the confirmed visit takes place") ScheduledVisit visit) {

    static ExpertRequestView of(ExpertRequest r) {
        return new ExpertRequestView(r.id().toString(), r.municipality().value(), r.collaborationCode(), r.programme(),
                r.specialty(), r.topic(), r.description(), r.mode(), r.durationMinutes(), r.urgency(),
                r.preferredWindows(), r.fiscalYear().startYear(), r.status(),
                r.assignedExpert().map(Object::toString).orElse(null), r.reason().orElse(null),
                r.report().orElse(null), r.submittedAt().atZone(FiscalYear.TOKYO).toOffsetDateTime(),
                r.visit().orElse(null));
    }
}
