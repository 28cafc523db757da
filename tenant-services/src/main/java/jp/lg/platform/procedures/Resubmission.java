package jp.lg.platform.procedures;

import java.util.List;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * Where a corrected application goes when its applicant resubmits it online: the definition's
 * RESUBMIT move out of the current stage (差戻し). When the definition offers several, the one back
 * to the stage the application was returned from; otherwise its first (in both shipped standards,
 * 申請 APPLIED, so 受付 checks the corrected form and its attachments again). Pure.
 */
final class Resubmission {

    private Resubmission() {}

    /** The move to make; 409 {@code invalid-transition} when the application is not waiting for a correction. */
    static StageTransition of(ProcedureDefinition d, String stage, List<HistoryEntry> history) {
        List<StageTransition> moves = d.transitions().stream()
                .filter(t -> t.from().equals(stage) && t.kind() == TransitionKind.RESUBMIT).toList();
        if (moves.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "差戻しされた申請だけが修正できます（現在の段階: " + stage
                    + "） / Only an application returned to its applicant (差戻し) can be corrected; this one is in "
                    + stage + ".");
        }
        String returnedFrom = history.stream().filter(e -> TransitionKind.RETURN.name().equals(e.action()))
                .reduce((first, second) -> second).map(HistoryEntry::fromStage).orElse(null);
        return moves.stream().filter(t -> t.to().equals(returnedFrom)).findFirst().orElse(moves.get(0));
    }
}
