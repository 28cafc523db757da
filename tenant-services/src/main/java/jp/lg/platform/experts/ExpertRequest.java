package jp.lg.platform.experts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.time.FiscalYear;
import jp.lg.platform.experts.scheduling.VisitMode;

/**
 * A municipality's request for an expert visit (専門官派遣依頼) and where it stands. {@code lead} is
 * the collaboration's lead, whose coordinator handles it; {@code fiscalYear} is the year whose caps
 * it counts against; {@code reason} is why it was last declined, cancelled or released; {@code visit} is when
 * the confirmed visit takes place.
 */
public record ExpertRequest(UUID id, long seq, LgCode municipality, String collaborationCode, LgCode lead,
        String programme, String specialty, String topic, String description, VisitMode mode, int durationMinutes,
        Urgency urgency, List<PreferredWindow> preferredWindows, FiscalYear fiscalYear, RequestStatus status,
        Optional<UUID> assignedExpert, Optional<String> reason, Optional<VisitReport> report, String requestedBy,
        Instant submittedAt, Optional<ScheduledVisit> visit) {

    public ExpertRequest {
        preferredWindows = List.copyOf(preferredWindows);
    }

    /** This request in {@code next} state, with its assignment, reason and report as given. */
    ExpertRequest moved(RequestStatus next, Optional<UUID> expert, Optional<String> why, Optional<VisitReport> visitReport) {
        return new ExpertRequest(id, seq, municipality, collaborationCode, lead, programme, specialty, topic,
                description, mode, durationMinutes, urgency, preferredWindows, fiscalYear, next, expert, why,
                visitReport, requestedBy, submittedAt, visit);
    }

    /** This request with the visit it is confirmed for, or none once released. */
    ExpertRequest withVisit(Optional<ScheduledVisit> scheduled) {
        return new ExpertRequest(id, seq, municipality, collaborationCode, lead, programme, specialty, topic,
                description, mode, durationMinutes, urgency, preferredWindows, fiscalYear, status, assignedExpert, reason,
                report, requestedBy, submittedAt, scheduled);
    }
}
