package jp.lg.platform.surveys;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/** What a survey asks: business items (rows) × measures (columns); every cell is answered by every town. */
@Schema(name = "SurveyDefinition")
public record SurveyDefinition(
        @NotNull @NotEmpty @Size(max = 200) List<@NotNull @Valid SurveyItem> items,
        @NotNull @NotEmpty @Size(max = 20) List<@NotNull @Valid Measure> measures) {

    public SurveyDefinition {
        items = List.copyOf(items);
        measures = List.copyOf(measures);
    }

    Optional<SurveyItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    Optional<Measure> measure(String code) {
        return measures.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** How many values a complete answer holds. */
    int cells() {
        return items.size() * measures.size();
    }
}
