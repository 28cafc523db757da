package jp.lg.platform.surveys;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A member town's response: whether it has submitted, when and by whom, and its answers (item code →
 * measure code → value) when the caller may read them; fields a town without answers lacks are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SurveyResponse")
public record ResponseView(
        @Schema(example = "074071") String town,
        @Schema(example = "磐梯町") String nameJa,
        @Schema(example = "Bandai") String nameEn,
        boolean submitted,
        Instant submittedAt,
        Instant updatedAt,
        @Schema(description = "username of whoever sent the answers last", example = "bandai.staff") String submittedBy,
        @Schema(description = "1 for the first submission, one more per replacement") Integer revision,
        Boolean viaSpreadsheet,
        Map<String, Map<String, BigDecimal>> answers) {

    static ResponseView of(String town, String nameJa, String nameEn, SurveyResponse r) {
        return new ResponseView(town, nameJa, nameEn, true, r.submittedAt(), r.updatedAt(), r.submittedByName(),
                r.revision(), r.viaSpreadsheet(), r.answers().values());
    }

    static ResponseView missing(String town, String nameJa, String nameEn) {
        return new ResponseView(town, nameJa, nameEn, false, null, null, null, null, null, null);
    }
}
