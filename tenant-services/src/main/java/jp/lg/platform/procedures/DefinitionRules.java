package jp.lg.platform.procedures;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * What a definition must satisfy beyond its shape: unique field and stage names, choices for
 * CHOICE fields, limits that fit their type, transitions between known stages, and a way to return
 * (差戻し), reject (却下) and resubmit. Every broken rule is reported at once. Pure.
 */
final class DefinitionRules {

    private DefinitionRules() {}

    static List<FieldError> check(ProcedureDefinition d, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        checkFields(d.fields(), prefix + "fields", errors);
        Set<String> stages = new HashSet<>();
        for (int i = 0; i < d.stages().size(); i++) {
            if (!stages.add(d.stages().get(i).code())) {
                errors.add(new FieldError(prefix + "stages[" + i + "].code", "段階コードが重複しています / is used twice"));
            }
        }
        for (int i = 0; i < d.transitions().size(); i++) {
            StageTransition t = d.transitions().get(i);
            if (!stages.contains(t.from()) || !stages.contains(t.to())) {
                errors.add(new FieldError(prefix + "transitions[" + i + "]",
                        "未定義の段階です / names a stage that is not in stages: " + t.from() + " -> " + t.to()));
            }
        }
        for (TransitionKind kind : TransitionKind.values()) {
            if (d.transitions().stream().noneMatch(t -> t.kind() == kind)) {
                errors.add(new FieldError(prefix + "transitions", kind + " の遷移がありません / needs at least one "
                        + kind + " transition"));
            }
        }
        Set<String> attachments = new HashSet<>();
        for (int i = 0; i < d.requiredAttachments().size(); i++) {
            if (!attachments.add(d.requiredAttachments().get(i).code())) {
                errors.add(new FieldError(prefix + "requiredAttachments[" + i + "].code", "重複しています / is used twice"));
            }
        }
        if (d.feePerUnitOf() != null && d.field(d.feePerUnitOf()).filter(f -> f.type() == FieldType.NUMBER).isEmpty()) {
            errors.add(new FieldError(prefix + "feePerUnitOf", "数値の項目名ではありません / is not the name of a NUMBER field"));
        }
        return errors;
    }

    static void checkFields(List<FormField> fields, String path, List<FieldError> errors) {
        checkFields(fields, path, errors, Set.of());
    }

    /** {@code taken} are names the fields must not reuse (those of the standard, for a town's extra fields). */
    static void checkFields(List<FormField> fields, String path, List<FieldError> errors, Set<String> taken) {
        Set<String> names = new HashSet<>(taken);
        for (int i = 0; i < fields.size(); i++) {
            FormField f = fields.get(i);
            String at = path + "[" + i + "]";
            if (!names.add(f.name())) {
                errors.add(new FieldError(at + ".name", "項目名が重複しています / is used twice: " + f.name()));
            }
            if (f.type() == FieldType.CHOICE && f.choices().isEmpty()) {
                errors.add(new FieldError(at + ".choices", "選択肢が必要です / a CHOICE field needs choices"));
            }
            if (f.type() != FieldType.CHOICE && !f.choices().isEmpty()) {
                errors.add(new FieldError(at + ".choices", "選択式の項目だけが選択肢を持てます / only CHOICE fields have choices"));
            }
            boolean lengths = f.minLength() != null || f.maxLength() != null;
            if (lengths && f.type() != FieldType.TEXT) {
                errors.add(new FieldError(at, "文字数の制限は文字列の項目だけです / minLength and maxLength are for TEXT fields"));
            }
            if ((f.min() != null || f.max() != null) && f.type() != FieldType.NUMBER) {
                errors.add(new FieldError(at, "値の範囲は数値の項目だけです / min and max are for NUMBER fields"));
            }
            if ((f.minLength() != null && f.minLength() < 0) || (f.minLength() != null && f.maxLength() != null
                    && f.minLength() > f.maxLength()) || (f.maxLength() != null && f.maxLength() < 1)) {
                errors.add(new FieldError(at + ".maxLength", "文字数の範囲が正しくありません / minLength and maxLength do not fit"));
            }
            if (f.min() != null && f.max() != null && f.min().compareTo(f.max()) > 0) {
                errors.add(new FieldError(at + ".max", "最小値が最大値を超えています / min is above max"));
            }
        }
    }
}
