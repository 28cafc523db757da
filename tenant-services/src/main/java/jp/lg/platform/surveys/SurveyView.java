package jp.lg.platform.surveys;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A survey as its readers see it: the definition, the deadline in UTC and as Asia/Tokyo text, its
 * state, the progress of the collaboration and whether the caller may read the results now.
 */
@Schema(name = "Survey")
public record SurveyView(
        UUID id,
        @Schema(example = "aizu") String collaborationCode,
        @Schema(example = "070009") String leadCode,
        @Schema(example = "令和8年度 窓口業務量調査") String titleJa,
        @Schema(example = "FY2026 counter workload survey") String titleEn,
        List<SurveyItem> items,
        List<Measure> measures,
        @Schema(description = "UTC instant", example = "2027-01-29T08:00:00Z") Instant deadline,
        @Schema(example = "2027-01-29T17:00+09:00") String deadlineTokyo,
        @Schema(example = "令和9年1月29日 17:00") String deadlineJa,
        boolean openResultsWhenAllSubmitted,
        @Schema(description = "OPEN while answers are accepted, then CLOSED", example = "OPEN") String status,
        @Schema(description = "when the lead closed it early; null otherwise") Instant closedAt,
        Progress progress,
        @Schema(description = "whether you may read GET …/results now") boolean resultsOpen,
        String publishedBy,
        Instant publishedAt) {

    /** How many member towns have submitted, as numbers and as text. */
    @Schema(name = "SurveyProgress")
    public record Progress(@Schema(example = "9") int submitted, @Schema(example = "13") int members,
            @Schema(example = "13団体中9団体が提出済み") String textJa, @Schema(example = "9 of 13 submitted") String textEn) {

        static Progress of(int submitted, int members) {
            return new Progress(submitted, members, members + "団体中" + submitted + "団体が提出済み",
                    submitted + " of " + members + " submitted");
        }
    }

    static SurveyView of(Survey s, Progress progress, boolean resultsOpen, Instant now) {
        return new SurveyView(s.id(), s.collaborationCode(), s.leadCode(), s.titleJa(), s.titleEn(),
                s.definition().items(), s.definition().measures(), s.deadline(), SurveyTimes.local(s.deadline()),
                SurveyTimes.japanese(s.deadline()), s.openWhenAllSubmitted(),
                s.acceptsAnswers(now) ? "OPEN" : "CLOSED", s.closedEarly().orElse(null),
                progress, resultsOpen,
                s.publishedBy(), s.publishedAt());
    }
}
