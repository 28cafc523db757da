package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.auth.Role;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;
import org.junit.jupiter.api.Test;

/** The checks an upload meets before anything is stored (no database: a refused file never reaches one). */
class AttachmentServiceTest {

    private static final LgPrincipal SAIJO = new LgPrincipal("u-1", "saijo.staff", Optional.of(LgCode.parse("382060")),
            Set.of(Role.STAFF), "西条 職員", Optional.empty());
    private final AttachmentService service = new AttachmentService(null, 16);

    @Test
    void aFileOverTheLimitIsTooLarge() {
        assertThatThrownBy(() -> service.upload(SAIJO, "資料.pdf", new byte[17]))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE);
                    assertThat(e.getMessage()).contains("17 bytes", "at most 16");
                });
    }

    @Test
    void aTypeOutsideTheAllowListNoNameOrNoBytesIsAValidationProblem() {
        assertThat(type(() -> service.upload(SAIJO, "run.exe", new byte[1]))).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(type(() -> service.upload(SAIJO, null, new byte[1]))).isEqualTo(ProblemType.VALIDATION_FAILED);
        assertThat(type(() -> service.upload(SAIJO, "空.txt", new byte[0]))).isEqualTo(ProblemType.VALIDATION_FAILED);
    }

    private static ProblemType type(Runnable upload) {
        try {
            upload.run();
        } catch (ProblemException e) {
            return e.type();
        }
        throw new AssertionError("the upload was accepted");
    }
}
