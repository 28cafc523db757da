package jp.lg.platform.procedures;

import java.util.ArrayList;
import java.util.List;

/**
 * The definition a town's applications follow: the standard version with the town's variants
 * applied. An extra stage takes over the forward move out of the stage it follows and may return
 * or reject like that stage. Pure.
 */
final class EffectiveDefinition {

    private EffectiveDefinition() {}

    static ProcedureDefinition of(ProcedureDefinition standard, Variants v) {
        List<FormField> fields = new ArrayList<>(standard.fields());
        fields.addAll(v.extraFields());
        List<Stage> stages = new ArrayList<>();
        List<StageTransition> transitions = new ArrayList<>(standard.transitions());
        for (Stage s : standard.stages()) {
            stages.add(s.withSla(v.slaOverrides().getOrDefault(s.code(), s.slaBusinessDays())));
            for (ExtraStage extra : v.extraStages()) {
                if (extra.after().equals(s.code())) {
                    stages.add(extra.stage());
                    transitions = insertAfter(transitions, s.code(), extra.stage().code());
                }
            }
        }
        int fee = v.feeYen() == null ? standard.feeYen() : v.feeYen();
        return standard.with(fields, stages, transitions, fee);
    }

    private static List<StageTransition> insertAfter(List<StageTransition> transitions, String after, String extra) {
        List<StageTransition> result = new ArrayList<>();
        for (StageTransition t : transitions) {
            if (t.from().equals(after) && t.kind() == TransitionKind.ADVANCE) {
                result.add(new StageTransition(after, extra, TransitionKind.ADVANCE));
                result.add(new StageTransition(extra, t.to(), TransitionKind.ADVANCE));
            } else {
                result.add(t);
                if (t.from().equals(after) && (t.kind() == TransitionKind.RETURN || t.kind() == TransitionKind.REJECT)) {
                    result.add(new StageTransition(extra, t.to(), t.kind()));
                }
            }
        }
        return result;
    }
}
