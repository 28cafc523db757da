package jp.lg.platform.insights;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.events.EventMetadata;
import jp.lg.platform.events.experts.ExpertRequestStatusChanged;
import jp.lg.platform.events.experts.ExpertRequestSubmitted;
import jp.lg.platform.events.experts.PreferredWindow;
import org.apache.avro.specific.SpecificRecord;

/** Expert request events as expert sharing publishes them, for the topology's tests. Times are Asia/Tokyo. */
final class RequestEvents {

    static final String SAIJO = "382060";
    static final String IMABARI = "382027";
    static final String NIIHAMA = "382051";

    private RequestEvents() {}

    static Instant tokyo(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    static EventMetadata meta(String town, Instant at) {
        return EventMetadata.newBuilder().setEventId(UUID.randomUUID()).setOccurredAt(at).setTenantCode(town)
                .setActor("staff").setCorrelationId(UUID.randomUUID().toString()).build();
    }

    /** Submitted at {@code at}, wanting a visit from {@code wanted}. */
    static ExpertRequestSubmitted submitted(UUID id, String town, String specialty, String at, String wanted) {
        Instant start = tokyo(wanted);
        return ExpertRequestSubmitted.newBuilder().setMeta(meta(town, tokyo(at))).setRequestId(id)
                .setMunicipalityCode(town).setCollaborationCode("team-ehime").setLeadCode("380008")
                .setProgramme("team-ehime").setSpecialty(specialty).setTopic("窓口DX").setDescription("相談")
                .setMode("ON_SITE").setDurationMinutes(90).setUrgency("NORMAL").setFiscalYear(2030)
                .setPreferredWindows(List.of(PreferredWindow.newBuilder().setStart(start)
                        .setEnd(start.plusSeconds(6 * 3600)).build()))
                .build();
    }

    static ExpertRequestStatusChanged changed(UUID id, String town, String transition, String from, String to,
            String at, String visit) {
        return ExpertRequestStatusChanged.newBuilder().setMeta(meta(town, tokyo(at))).setRequestId(id)
                .setMunicipalityCode(town).setTransition(transition).setFromStatus(from).setToStatus(to)
                .setVisitStart(visit == null ? null : tokyo(visit))
                .setVisitEnd(visit == null ? null : tokyo(visit).plusSeconds(5400)).build();
    }

    /** Submitted, triaged, proposed and confirmed for a visit at {@code visit}. */
    static List<SpecificRecord> confirmed(UUID id, String town, String submittedAt, String visit) {
        return List.of(submitted(id, town, "design-ux", submittedAt, visit),
                changed(id, town, "triage", "SUBMITTED", "TRIAGED", submittedAt.replace("T09", "T10"), null),
                changed(id, town, "propose", "TRIAGED", "PROPOSED", submittedAt.replace("T09", "T11"), null),
                changed(id, town, "confirm", "PROPOSED", "CONFIRMED", submittedAt.replace("T09", "T12"), visit));
    }
}
