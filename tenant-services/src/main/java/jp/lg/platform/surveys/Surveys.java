package jp.lg.platform.surveys;

import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/** The problems of a survey's state, in Japanese and English with times in Asia/Tokyo. */
final class Surveys {

    private Surveys() {}

    /** 409 invalid-transition: the survey takes no more answers and cannot be closed again. */
    static ProblemException closed(Survey s) {
        return new ProblemException(ProblemType.INVALID_TRANSITION, "この調査は " + SurveyTimes.japanese(s.closesAt())
                + " に締め切られました / This survey closed at " + SurveyTimes.english(s.closesAt())
                + "; it accepts no more answers.");
    }

    /** 403 forbidden: the results are not open to the caller's town yet, and when they will be. */
    static ProblemException resultsNotOpen(Survey s, SurveyView.Progress progress) {
        String ja = "結果は締切（" + SurveyTimes.japanese(s.deadline()) + "）の後、または代表団体が締め切った時点で公開されます";
        String en = "Results open at the deadline, " + SurveyTimes.english(s.deadline())
                + ", or when the lead closes the survey";
        if (s.openWhenAllSubmitted()) {
            ja += "。全" + progress.members() + "団体が提出した時点でも公開されます（現在" + progress.submitted() + "団体）";
            en += "; also as soon as all " + progress.members() + " members have submitted (" + progress.submitted()
                    + " so far)";
        }
        return new ProblemException(ProblemType.FORBIDDEN, ja + "。 / " + en + ".");
    }
}
