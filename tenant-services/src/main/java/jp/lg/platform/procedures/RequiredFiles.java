package jp.lg.platform.procedures;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.lg.platform.core.web.Problem.FieldError;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * Reception (受付, the move on from the first stage) needs a file for every attachment the
 * definition requires: the town accepts an application only complete. A document shown at the
 * counter is scanned and uploaded by staff. Pure.
 */
final class RequiredFiles {

    private RequiredFiles() {}

    /** The required attachments without a file, each named in Japanese and English; empty when none is missing. */
    static List<FieldError> missing(ProcedureDefinition d, Set<String> uploaded) {
        return d.requiredAttachments().stream().filter(a -> !uploaded.contains(a.code()))
                .map(a -> new FieldError("attachments." + a.code(), a.nameJa() + "のファイルがありません / no file of the "
                        + a.nameEn() + " has been uploaded"))
                .toList();
    }

    /** 409 {@code invalid-transition} naming what is missing when {@code t} is reception and a file is missing. */
    static void requireOn(ProcedureDefinition d, StageTransition t, Set<String> uploaded) {
        if (t.kind() != TransitionKind.ADVANCE || !t.from().equals(d.firstStage().code())) {
            return;
        }
        List<FieldError> missing = missing(d, uploaded);
        if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_TRANSITION, "添付書類が揃っていないため受け付けられません / The"
                    + " application cannot move to " + t.to() + " before these documents are uploaded: "
                    + missing.stream().map(FieldError::message).collect(Collectors.joining("; ")) + ".", missing);
        }
    }
}
