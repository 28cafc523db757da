package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.junit.jupiter.api.Test;

/** Reception (受付) needs a file of every required document. */
class RequiredFilesTest {

    private static final ProcedureDefinition CERTIFICATE = DriftTest.STANDARD;
    private static final StageTransition RECEIVE = new StageTransition("APPLIED", "RECEIVED", TransitionKind.ADVANCE);

    @Test
    void receptionIsRefusedNamingTheMissingDocumentInJapaneseAndEnglish() {
        assertThatThrownBy(() -> RequiredFiles.requireOn(CERTIFICATE, RECEIVE, Set.of()))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.INVALID_TRANSITION);
                    assertThat(e.toProblem().errors()).extracting(FieldError::field)
                            .containsExactly("attachments.identity-document");
                    assertThat(e.getMessage()).contains("本人確認書類", "Identity document", "RECEIVED");
                });
    }

    @Test
    void aFileOfEveryRequiredDocumentLetsTheApplicationBeReceived() {
        RequiredFiles.requireOn(CERTIFICATE, RECEIVE, Set.of("identity-document"));

        assertThat(RequiredFiles.missing(CERTIFICATE, Set.of("identity-document"))).isEmpty();
    }

    @Test
    void onlyReceptionChecksTheFiles() {
        RequiredFiles.requireOn(CERTIFICATE, new StageTransition("RECEIVED", "REVIEW", TransitionKind.ADVANCE), Set.of());
        RequiredFiles.requireOn(CERTIFICATE, new StageTransition("APPLIED", "RETURNED", TransitionKind.RETURN), Set.of());
    }
}
