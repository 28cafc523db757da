package jp.lg.platform.procedures;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.lg.platform.core.web.Problem.FieldError;

/**
 * Checks a filled form against the definition a town follows: every field known, required ones
 * present, each value of its type and within its limits, no My Number (個人番号) outside a field
 * that allows it, the required attachments named. Each error names the field in Japanese and
 * English and never repeats the value (it may be personal data). Pure.
 */
final class FormValidation {

    /** A TEXT field without a maxLength holds at most this many characters. */
    static final int DEFAULT_MAX_LENGTH = 2000;

    private FormValidation() {}

    static List<FieldError> check(ProcedureDefinition d, Map<String, JsonNode> values, List<String> attachments) {
        List<FieldError> errors = new ArrayList<>();
        values.keySet().stream().filter(name -> d.field(name).isEmpty()).sorted().forEach(name -> errors.add(
                new FieldError("fields." + name, "この手続にない項目です / is not a field of this procedure")));
        for (FormField f : d.fields()) {
            JsonNode value = values.get(f.name());
            boolean empty = value == null || value.isNull() || (value.isTextual() && value.asText().isBlank());
            if (empty) {
                if (f.required()) {
                    errors.add(error(f, "必須です", "is required"));
                }
                continue;
            }
            problem(f, value).ifPresent(errors::add);
        }
        d.requiredAttachments().stream().filter(a -> !attachments.contains(a.code())).forEach(a -> errors.add(
                new FieldError("attachments", a.nameJa() + "が必要です / " + a.nameEn() + " is required")));
        attachments.stream().filter(code -> d.requiredAttachments().stream().noneMatch(a -> a.code().equals(code)))
                .distinct().forEach(code -> errors.add(new FieldError("attachments",
                        "この手続の添付書類ではありません / is not an attachment of this procedure: " + code)));
        return errors;
    }

    private static Optional<FieldError> problem(FormField f, JsonNode value) {
        if (!f.myNumberAllowed() && (value.isTextual() || value.isNumber()) && MyNumber.isIn(value.asText())) {
            return Optional.of(error(f, "個人番号（マイナンバー）は入力できません", "must not contain a My Number"));
        }
        return switch (f.type()) {
            case TEXT -> text(f, value);
            case NUMBER -> number(f, value);
            case DATE -> date(f, value);
            case CHOICE -> value.isTextual() && f.choices().contains(value.asText()) ? Optional.empty()
                    : Optional.of(error(f, "選択肢から選んでください（" + String.join("、", f.choices()) + "）",
                            "must be one of " + String.join(", ", f.choices())));
            case BOOLEAN -> value.isBoolean() ? Optional.empty()
                    : Optional.of(error(f, "はい・いいえ（true/false）で入力してください", "must be true or false"));
        };
    }

    private static Optional<FieldError> text(FormField f, JsonNode value) {
        if (!value.isTextual()) {
            return Optional.of(error(f, "文字で入力してください", "must be text"));
        }
        int length = value.asText().codePointCount(0, value.asText().length());
        int max = f.maxLength() == null ? DEFAULT_MAX_LENGTH : f.maxLength();
        if (length > max) {
            return Optional.of(error(f, max + "文字以内で入力してください", "must be at most " + max + " characters"));
        }
        if (f.minLength() != null && length < f.minLength()) {
            return Optional.of(error(f, f.minLength() + "文字以上で入力してください",
                    "must be at least " + f.minLength() + " characters"));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> number(FormField f, JsonNode value) {
        if (!value.isNumber()) {
            return Optional.of(error(f, "数値で入力してください", "must be a number"));
        }
        BigDecimal n = value.decimalValue();
        if ((f.min() != null && n.compareTo(f.min()) < 0) || (f.max() != null && n.compareTo(f.max()) > 0)) {
            String range = (f.min() == null ? "" : f.min().toPlainString()) + "〜" + (f.max() == null ? "" : f.max().toPlainString());
            return Optional.of(error(f, range + "の範囲で入力してください", "must be within " + range.replace("〜", " to ")));
        }
        return Optional.empty();
    }

    private static Optional<FieldError> date(FormField f, JsonNode value) {
        try {
            if (value.isTextual()) {
                LocalDate.parse(value.asText());
                return Optional.empty();
            }
        } catch (DateTimeParseException e) {
            // falls through to the error below
        }
        return Optional.of(error(f, "日付（YYYY-MM-DD）で入力してください", "must be a date as YYYY-MM-DD"));
    }

    private static FieldError error(FormField f, String ja, String en) {
        return new FieldError("fields." + f.name(), f.labelJa() + "：" + ja + " / " + f.labelEn() + ": " + en);
    }
}
