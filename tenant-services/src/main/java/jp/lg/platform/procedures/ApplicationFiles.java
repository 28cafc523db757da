package jp.lg.platform.procedures;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.FileUpload;
import jp.lg.platform.core.web.FileUpload.FileType;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

/**
 * The documents an application's procedure requires (添付書類), as files: PDF, JPEG or PNG (the
 * bytes must be of the type the name says) up to {@link #MAX_BYTES}, stored in the town's tenant
 * with their SHA-256. Staff upload while the application is not final; the applicant online while
 * it is in its first stage (申請) or returned (差戻し). Only the town's staff download them.
 */
public final class ApplicationFiles {

    /**
     * The largest file, and so the body limit of the upload paths ({@link jp.lg.platform.core.web.BodyLimit}, above
     * the server's general limit): a scanned document or a photo of an identity card fits.
     */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final Set<FileType> ALLOWED = Set.of(FileType.PDF, FileType.JPEG, FileType.PNG);

    private final TenantTransactions transactions;
    private final Clock clock;

    ApplicationFiles(TenantTransactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A stored file with its bytes. */
    record Download(ApplicationFile file, byte[] content) {}

    ApplicationFile uploadAtCounter(LgPrincipal staff, UUID application, String code, String filename, byte[] content) {
        FileUpload file = FileUpload.of(filename, content, ALLOWED, MAX_BYTES);
        return transactions.inTenant(Callers.tenantOf(staff), h -> {
            Application a = new ApplicationStore(h).lock(application).orElseThrow(() -> ApplicationService.notFound(application));
            ProcedureDefinition d = ApplicationService.definitionOf(h, a);
            requireCode(d, code);
            if (d.transitions().stream().noneMatch(t -> t.from().equals(a.stage()))) {
                throw closed("申請は既に完了しています / The application is closed (" + a.stage() + ").");
            }
            return new ApplicationFileStore(h).insert(a, code, file, staff.userId(), clock.instant());
        });
    }

    ApplicationFile uploadOnline(LgCode town, UUID application, String code, String filename, byte[] content) {
        FileUpload file = FileUpload.of(filename, content, ALLOWED, MAX_BYTES);
        return transactions.inTenant(town, h -> {
            Application a = new ApplicationStore(h).lock(application).orElseThrow(() -> ApplicationService.notFound(application));
            ProcedureDefinition d = ApplicationService.definitionOf(h, a);
            requireCode(d, code);
            boolean waitingForApplicant = a.stage().equals(d.firstStage().code()) || d.transitions().stream()
                    .anyMatch(t -> t.from().equals(a.stage()) && t.kind() == TransitionKind.RESUBMIT);
            if (!waitingForApplicant) {
                throw closed("書類を送れるのは申請中か差戻し中だけです / Files can be sent while the application"
                        + " is in " + d.firstStage().code() + " or returned to you; it is in " + a.stage() + ".");
            }
            return new ApplicationFileStore(h).insert(a, code, file, ApplicationService.RESIDENT, clock.instant())
                    .forApplicant();
        });
    }

    Download download(LgPrincipal staff, UUID application, UUID id) {
        return transactions.inTenant(Callers.tenantOf(staff), h -> {
            ApplicationFileStore files = new ApplicationFileStore(h);
            ApplicationFile f = files.find(application, id).orElseThrow(() -> ProblemException.notFound(
                    "ファイル " + id + " は見つかりません / No file " + id + " of application " + application + " is visible to you."));
            return new Download(f, files.content(id));
        });
    }

    private static void requireCode(ProcedureDefinition d, String code) {
        if (d.requiredAttachments().stream().noneMatch(a -> a.code().equals(code))) {
            throw ProblemException.invalidField("code", "この手続の添付書類ではありません / must be one of "
                    + d.requiredAttachments().stream().map(RequiredAttachment::code).collect(Collectors.joining(", ")));
        }
    }

    private static ProblemException closed(String detail) {
        return new ProblemException(ProblemType.INVALID_TRANSITION, detail);
    }
}
