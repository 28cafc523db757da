package jp.lg.platform.surveys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jp.lg.platform.core.web.Problem;
import jp.lg.platform.core.web.ProblemType;
import jp.lg.platform.core.web.ProblemException;
import org.junit.jupiter.api.Test;

/** Answers sent as JSON: every bad value named by its path, nothing accepted while one is wrong. */
class JsonAnswersTest {

    @Test
    void namesEveryBadValueByItsPath() {
        ResponseInput broken = SurveyFixtures.read("surveys/answers/broken.json", ResponseInput.class);

        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> JsonAnswers.read(SurveyFixtures.example().definition(), broken.answers()));

        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(e.toProblem().errors()).containsExactlyInAnyOrder(
                new Problem.FieldError("answers.tenshutsu", "不明な項目コードです / unknown item code"),
                new Problem.FieldError("answers.resident-certificate.annual-count",
                        "整数を入力してください / enter a whole number"),
                new Problem.FieldError("answers.resident-certificate.staff-hours", "数値を入力してください / enter a number"),
                new Problem.FieldError("answers.resident-certificate.online-share",
                        "0 以上 100 以下の値を入力してください / enter a value from 0 to 100"),
                new Problem.FieldError("answers.moving-in.annual-count",
                        "0 以上 1000000 以下の値を入力してください / enter a value from 0 to 1000000"),
                new Problem.FieldError("answers.moving-in.fax-share", "不明な測定項目です / unknown measure"),
                new Problem.FieldError("answers.seal-certificate.staff-hours", "値を入力してください / enter a value"),
                new Problem.FieldError("answers.family-register",
                        "戸籍証明交付 の回答がありません / no answers for Family register certificates issued"));
    }

    @Test
    void completeAnswersAreReadInTheSurveysOrder() {
        Answers bandai = SurveyFixtures.answers("bandai");

        assertThat(bandai.values().keySet()).containsExactly("resident-certificate", "moving-in", "seal-certificate",
                "family-register");
        assertThat(bandai.count()).isEqualTo(12);
    }
}
