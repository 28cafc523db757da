package jp.lg.platform.insights;

import java.time.Instant;
import jp.lg.platform.events.procedures.ApplicationStageChanged;

/**
 * One stay of an application in a stage (審査 from entering it to leaving it), from the
 * {@code ApplicationStageChanged} that left the stage: it names the stage, when it was entered and, in
 * its envelope, when it was left. Keyed by application, stage and entry time, so a re-delivered event
 * is the same stay; of two records of one stay the earlier leaving is kept. Epoch milliseconds (UTC).
 */
record StageVisit(String town, String procedure, String stage, long submittedAt, long enteredAt, long leftAt) {

    /** Whether the event left a stage (a submission enters the first stage and leaves none). */
    static boolean leaves(ApplicationStageChanged c) {
        return c.getFromStage() != null && c.getFromStageEnteredAt() != null;
    }

    static StageVisit of(ApplicationStageChanged c) {
        return new StageVisit(c.getMunicipalityCode(), c.getProcedureCode(), c.getFromStage(),
                c.getSubmittedAt().toEpochMilli(), c.getFromStageEnteredAt().toEpochMilli(),
                c.getMeta().getOccurredAt().toEpochMilli());
    }

    static String key(ApplicationStageChanged c) {
        return c.getApplicationId() + "|" + ApplicationHistory.entry(c.getFromStage(), c.getFromStageEnteredAt());
    }

    static StageVisit earlier(StageVisit a, StageVisit b) {
        return b.leftAt < a.leftAt ? b : a;
    }

    /**
     * Its part in the stage cell of the month the application was submitted in (Tokyo), by procedure and
     * stage: whole hours in the stage, rounded down, never below 0.
     */
    RequestHistory.Contribution contribution() {
        int hours = (int) Math.max(0, (leftAt - enteredAt) / 3_600_000L);
        return new RequestHistory.Contribution(new CellKey(CellKey.Kind.STAGE, town,
                Periods.monthOf(Instant.ofEpochMilli(submittedAt)), procedure, stage), Cell.duration(hours));
    }
}
