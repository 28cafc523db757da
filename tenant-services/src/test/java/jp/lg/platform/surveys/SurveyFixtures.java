package jp.lg.platform.surveys;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The shipped Aizu example survey and the answers of src/test/resources/surveys/answers, for unit tests. */
final class SurveyFixtures {

    static final String EXAMPLE = "surveys/aizu-workload-survey.json";
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    private SurveyFixtures() {}

    static SurveyInput exampleInput() {
        return read(EXAMPLE, SurveyInput.class);
    }

    static Survey example() {
        SurveyInput input = exampleInput();
        return new Survey(UUID.fromString("6f1c2a1e-0000-4000-8000-000000000001"), "aizu", "070009", input.titleJa(),
                input.titleEn(), input.definition(), input.deadline().toInstant(), true, Optional.empty(),
                "fukushima.coordinator", Instant.parse("2026-11-20T00:00:00Z"));
    }

    /** The answers of {@code surveys/answers/<town>.json}, read as the API reads them. */
    static Answers answers(String town) {
        return JsonAnswers.read(example().definition(), read("surveys/answers/" + town + ".json", ResponseInput.class).answers());
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = SurveyFixtures.class.getResourceAsStream("/" + resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
