package jp.lg.platform.procedures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * What a town's variants must satisfy against the version they vary: extra fields with names of
 * their own, SLA overrides of existing stages, extra steps after a stage that moves forward. Pure.
 */
final class VariantRules {

    private VariantRules() {}

    static List<FieldError> check(ProcedureDefinition standard, Variants v) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> standardFields = standard.fields().stream().map(FormField::name).collect(Collectors.toSet());
        DefinitionRules.checkFields(v.extraFields(), "variants.extraFields", errors, standardFields);
        v.slaOverrides().keySet().stream().filter(code -> standard.stage(code).isEmpty()).forEach(code ->
                errors.add(new FieldError("variants.slaOverrides." + code, "標準にない段階です / is not a stage of the standard")));
        Set<String> stageCodes = new HashSet<>(standard.stages().stream().map(Stage::code).toList());
        for (int i = 0; i < v.extraStages().size(); i++) {
            ExtraStage extra = v.extraStages().get(i);
            String at = "variants.extraStages[" + i + "]";
            if (!stageCodes.add(extra.stage().code())) {
                errors.add(new FieldError(at + ".stage.code", "既にある段階コードです / is already a stage"));
            }
            boolean advances = standard.transitions().stream()
                    .anyMatch(t -> t.from().equals(extra.after()) && t.kind() == TransitionKind.ADVANCE);
            if (!advances) {
                errors.add(new FieldError(at + ".after", "次に進む標準の段階ではありません / is not a standard stage that "
                        + "moves forward"));
            }
        }
        return errors;
    }
}
