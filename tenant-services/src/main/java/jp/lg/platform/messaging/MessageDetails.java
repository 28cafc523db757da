package jp.lg.platform.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.util.List;

/** The settings of an INQUIRY (its fields) or an EVENT (its seminar), stored as JSON in {@code messages.details}. */
public record MessageDetails(List<InquiryField> fields, Seminar event) {

    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    public MessageDetails {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable " + type.getSimpleName() + ": " + json, e);
        }
    }

    static MessageDetails of(Message m) {
        return m.details() == null ? new MessageDetails(List.of(), null) : read(m.details(), MessageDetails.class);
    }
}
