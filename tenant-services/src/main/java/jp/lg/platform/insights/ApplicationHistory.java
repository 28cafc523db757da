package jp.lg.platform.insights;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.lg.platform.events.procedures.ApplicationStageChanged;
import jp.lg.platform.events.procedures.ApplicationStageOverdue;
import org.apache.avro.specific.SpecificRecord;

/**
 * What the insights topology knows of one application to a standard procedure (申請): its town, procedure,
 * channel and submission time (every {@code ApplicationStageChanged} carries them), the stage entries it
 * was returned from (差戻し) and the stage entries that passed their SLA. Returns and breaches are sets
 * keyed by the stage entry ({@code stage@enteredAt}), so a re-delivered or re-emitted event counts once and
 * events may arrive in any order. Instants are epoch milliseconds (UTC). Immutable.
 */
record ApplicationHistory(String municipality, String procedure, String channel, Long submittedAt,
        List<String> returns, List<String> breaches) {

    static ApplicationHistory empty() {
        return new ApplicationHistory(null, null, null, null, List.of(), List.of());
    }

    /** This history with {@code event} in it; the same history when the event adds nothing new. */
    ApplicationHistory with(SpecificRecord event) {
        if (event instanceof ApplicationStageChanged c) {
            List<String> returned = c.getAction().equals("RETURN") && c.getFromStage() != null
                    ? plus(returns, entry(c.getFromStage(), c.getFromStageEnteredAt()))
                    : returns;
            return new ApplicationHistory(c.getMunicipalityCode(), c.getProcedureCode(), c.getChannel(),
                    c.getSubmittedAt().toEpochMilli(), returned, breaches);
        }
        if (event instanceof ApplicationStageOverdue o) {
            return new ApplicationHistory(municipality == null ? o.getMunicipalityCode() : municipality,
                    procedure == null ? o.getProcedureCode() : procedure, channel == null ? o.getChannel() : channel,
                    submittedAt, returns, plus(breaches, entry(o.getStage(), o.getStageEnteredAt())));
        }
        return this;
    }

    /**
     * The application's part in the application cell of the month it was submitted in (Tokyo), by procedure
     * and channel; none until a stage change (which carries the submission time) has been seen.
     */
    Optional<RequestHistory.Contribution> contribution() {
        if (submittedAt == null) {
            return Optional.empty();
        }
        return Optional.of(new RequestHistory.Contribution(new CellKey(CellKey.Kind.APPLICATION, municipality,
                Periods.monthOf(Instant.ofEpochMilli(submittedAt)), procedure, channel),
                Cell.application("ONLINE".equals(channel), returns.size(), breaches.size())));
    }

    static String entry(String stage, Instant enteredAt) {
        return stage + "@" + (enteredAt == null ? "?" : enteredAt.toEpochMilli());
    }

    private static List<String> plus(List<String> entries, String entry) {
        if (entries.contains(entry)) {
            return entries;
        }
        List<String> more = new ArrayList<>(entries);
        more.add(entry);
        return List.copyOf(more);
    }
}
