package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.junit.jupiter.api.Test;

/** Where a corrected application goes when its applicant resubmits it. */
class ResubmissionTest {

    private static final ProcedureDefinition CERTIFICATE = DriftTest.STANDARD;

    @Test
    void aCorrectionGoesBackToWhereTheDefinitionSendsAResubmission() {
        List<HistoryEntry> returnedFromReview = List.of(entry(null, "APPLIED", "SUBMIT"), entry("APPLIED", "RECEIVED", "ADVANCE"),
                entry("RECEIVED", "REVIEW", "ADVANCE"), entry("REVIEW", "RETURNED", "RETURN"));

        assertThat(Resubmission.of(CERTIFICATE, "RETURNED", returnedFromReview).to()).isEqualTo("APPLIED");

        ProcedureDefinition backToReview = CERTIFICATE.with(CERTIFICATE.fields(), CERTIFICATE.stages(),
                append(CERTIFICATE.transitions(), new StageTransition("RETURNED", "REVIEW", TransitionKind.RESUBMIT)),
                CERTIFICATE.feeYen());
        assertThat(Resubmission.of(backToReview, "RETURNED", returnedFromReview).to()).as("the stage it was returned from")
                .isEqualTo("REVIEW");
        assertThat(Resubmission.of(backToReview, "RETURNED", returnedFromReview.subList(0, 1)).to()).isEqualTo("APPLIED");
    }

    @Test
    void onlyAReturnedApplicationCanBeCorrected() {
        assertThatThrownBy(() -> Resubmission.of(CERTIFICATE, "REVIEW", List.of()))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION));
    }

    private static HistoryEntry entry(String from, String to, String action) {
        return new HistoryEntry(from, to, action, "staff-1", null, Instant.parse("2026-11-24T01:00:00Z"));
    }

    private static List<StageTransition> append(List<StageTransition> transitions, StageTransition extra) {
        List<StageTransition> all = new ArrayList<>(transitions);
        all.add(extra);
        return all;
    }
}
