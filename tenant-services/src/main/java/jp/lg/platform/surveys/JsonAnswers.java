package jp.lg.platform.surveys;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;

/**
 * Reads answers sent as JSON against a survey's definition, naming each bad value by its path
 * ({@code answers.moving-in.staff-hours}): unknown or missing items and measures, blanks, text,
 * values out of bounds. Pure.
 */
final class JsonAnswers {

    private JsonAnswers() {}

    /** The answers, or a 400 listing every error. */
    static Answers read(SurveyDefinition d, Map<String, Map<String, JsonNode>> sent) {
        List<FieldError> errors = new ArrayList<>();
        sent.keySet().stream().filter(item -> d.item(item).isEmpty()).forEach(item ->
                errors.add(new FieldError("answers." + item, "不明な項目コードです / unknown item code")));
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (SurveyItem item : d.items()) {
            String path = "answers." + item.code();
            Map<String, JsonNode> row = sent.get(item.code());
            if (row == null) {
                errors.add(new FieldError(path, item.nameJa() + " の回答がありません / no answers for " + item.nameEn()));
                continue;
            }
            row.keySet().stream().filter(m -> d.measure(m).isEmpty()).forEach(m ->
                    errors.add(new FieldError(path + "." + m, "不明な測定項目です / unknown measure")));
            Map<String, BigDecimal> checked = new LinkedHashMap<>();
            for (Measure m : d.measures()) {
                AnswerRules.Outcome outcome = AnswerRules.check(m, raw(row.get(m.code())));
                if (outcome.error() != null) {
                    errors.add(new FieldError(path + "." + m.code(), outcome.error()));
                } else {
                    checked.put(m.code(), outcome.value());
                }
            }
            values.put(item.code(), checked);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new Answers(values);
    }

    private static Object raw(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.isTextual() ? node.asText() : node.toString();
    }
}
