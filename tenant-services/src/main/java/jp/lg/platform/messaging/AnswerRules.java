package jp.lg.platform.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.platform.core.web.Problem.FieldError;

/** Checks an answer against the inquiry's fields; each bad value is named as {@code values.<key>}. */
final class AnswerRules {

    static final int MAX_TEXT = 2_000;

    private AnswerRules() {}

    static List<FieldError> check(List<InquiryField> fields, Map<String, JsonNode> values) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, JsonNode> given = values == null ? Map.of() : values;
        Set<String> keys = fields.stream().map(InquiryField::key).collect(Collectors.toSet());
        given.keySet().stream().filter(k -> !keys.contains(k)).sorted()
                .forEach(k -> errors.add(new FieldError("values." + k, "is no field of this inquiry")));
        for (InquiryField f : fields) {
            JsonNode v = given.get(f.key());
            String at = "values." + f.key();
            if (v == null || v.isNull() || (v.isTextual() && v.asText().isBlank())) {
                if (f.required()) {
                    errors.add(new FieldError(at, "is required"));
                }
                continue;
            }
            switch (f.type()) {
                case "NUMBER" -> {
                    if (!v.isNumber()) {
                        errors.add(new FieldError(at, "must be a number"));
                    }
                }
                case "CHOICE" -> {
                    if (!v.isTextual() || !f.options().contains(v.asText())) {
                        errors.add(new FieldError(at, "must be one of " + f.options()));
                    }
                }
                default -> {
                    if (!v.isTextual() || v.asText().length() > MAX_TEXT) {
                        errors.add(new FieldError(at, "must be text of at most " + MAX_TEXT + " characters"));
                    }
                }
            }
        }
        return errors;
    }

    /** The values to store: the fields' values in field order, blanks left out. */
    static Map<String, JsonNode> kept(List<InquiryField> fields, Map<String, JsonNode> values) {
        Map<String, JsonNode> kept = new LinkedHashMap<>();
        for (InquiryField f : fields) {
            JsonNode v = values == null ? null : values.get(f.key());
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) {
                kept.put(f.key(), v);
            }
        }
        return kept;
    }
}
