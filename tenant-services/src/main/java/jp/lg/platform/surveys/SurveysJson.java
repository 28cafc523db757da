package jp.lg.platform.surveys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.math.BigDecimal;
import java.util.Map;

/** JSON of the {@code jsonb} columns: a survey's definition and a town's answers. */
final class SurveysJson {

    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();
    private static final TypeReference<Map<String, Map<String, BigDecimal>>> ANSWERS = new TypeReference<>() {};

    private SurveysJson() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static SurveyDefinition definition(String json) {
        try {
            return MAPPER.readValue(json, SurveyDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a survey definition", e);
        }
    }

    static Answers answers(String json) {
        try {
            return new Answers(MAPPER.readValue(json, ANSWERS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not survey answers", e);
        }
    }
}
