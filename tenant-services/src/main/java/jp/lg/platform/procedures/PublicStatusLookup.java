package jp.lg.platform.procedures;

import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import org.jdbi.v3.core.Jdbi;

/**
 * Opens an application by its reference and secret, without a token: the lookup row (no personal
 * data) names the town, and the application is read inside that town's tenant. A wrong or missing
 * secret is the same 404 as an unknown reference.
 */
final class PublicStatusLookup {

    private final Jdbi jdbi;
    private final TenantTransactions transactions;

    PublicStatusLookup(Jdbi jdbi, TenantTransactions transactions) {
        this.jdbi = jdbi;
        this.transactions = transactions;
    }

    /** An application its applicant has opened with the right secret. */
    record Opened(String reference, LgCode town, UUID id) {}

    /** The application of {@code reference} if {@code secret} is its secret; 404 otherwise. */
    Opened open(String reference, String secret) {
        byte[] hash = ApplicationSecrets.hash(secret == null ? "" : secret);
        return jdbi.withHandle(h -> h.createQuery(
                        "select tenant_code, secret_hash, application_id from application_lookup where reference = :reference")
                .bind("reference", reference)
                .map((rs, ctx) -> new Found(rs.getBytes("secret_hash"),
                        new Opened(reference, LgCode.parse(rs.getString("tenant_code")), rs.getObject("application_id", UUID.class))))
                .findOne())
                .filter(found -> MessageDigest.isEqual(found.hash(), hash)).map(Found::opened)
                .orElseThrow(() -> notFound(reference));
    }

    PublicStatus status(String reference, String secret) {
        return status(open(reference, secret));
    }

    PublicStatus status(Opened opened) {
        return transactions.inTenant(opened.town(), h -> {
            ApplicationStore store = new ApplicationStore(h);
            Application a = store.find(opened.id()).orElseThrow(() -> notFound(opened.reference()));
            ProcedureDefinition d = ApplicationService.definitionOf(h, a);
            Stage stage = d.stage(a.stage()).orElse(new Stage(a.stage(), a.stage(), a.stage(), null));
            List<PublicStatus.Step> steps = store.history(a.id()).stream()
                    .map(e -> new PublicStatus.Step(e.toStage(), e.action(), e.at(), e.comment())).toList();
            return new PublicStatus(a.reference(), a.procedureCode(), d.nameJa(), d.nameEn(), a.stage(), stage.nameJa(),
                    stage.nameEn(), a.createdAt(), a.stageEnteredAt(), a.stageDueOn().orElse(null), a.feeYen(), steps,
                    new ApplicationFileStore(h).of(a.id()).stream().map(ApplicationFile::forApplicant).toList());
        });
    }

    static ProblemException notFound(String reference) {
        return ProblemException.notFound("受付番号と確認コードの組み合わせが見つかりません / No application has the reference "
                + "'" + reference + "' with this secret.");
    }

    private record Found(byte[] hash, Opened opened) {}
}
