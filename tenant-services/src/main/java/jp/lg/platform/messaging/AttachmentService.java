package jp.lg.platform.messaging;

import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.FileUpload;
import jp.lg.platform.core.web.ProblemException;

/**
 * Files for messages, stored in PostgreSQL with their SHA-256: uploaded first, then named by id
 * when posting. An upload not yet posted is only its uploader's; a posted one is the channel's.
 */
public final class AttachmentService {

    private final TenantTransactions transactions;
    private final int maxBytes;

    AttachmentService(TenantTransactions transactions, int maxBytes) {
        this.transactions = transactions;
        this.maxBytes = maxBytes;
    }

    /** A file with its bytes. */
    public record File(Attachment attachment, byte[] content) {}

    public Attachment upload(LgPrincipal caller, String filename, byte[] content) {
        LgCode tenant = Callers.tenantOf(caller);
        FileUpload file = FileUpload.of(filename, content, AttachmentRules.ALLOWED, maxBytes);
        UUID id = UUID.randomUUID();
        return transactions.inTenant(tenant, h -> {
            AttachmentDao dao = h.attach(AttachmentDao.class);
            dao.insert(id, tenant.value(), caller.userId(), file.name(), file.type().contentType(), content.length,
                    file.sha256(), content);
            return dao.find(id).orElseThrow();
        });
    }

    public File download(LgPrincipal caller, UUID id) {
        return transactions.inTenant(Callers.tenantOf(caller), h -> {
            AttachmentDao dao = h.attach(AttachmentDao.class);
            Attachment a = dao.find(id).filter(found -> found.messageId() == null
                            ? found.uploadedBy().equals(caller.userId()) : canSee(h, caller, found))
                    .orElseThrow(() -> ProblemException.notFound("No attachment " + id + " that you may open."));
            return new File(a, dao.content(id));
        });
    }

    private static boolean canSee(org.jdbi.v3.core.Handle h, LgPrincipal caller, Attachment a) {
        try {
            MessageEdits.visible(h, caller, a.messageId());
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }
}
