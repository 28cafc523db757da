package jp.lg.platform.messaging;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import jp.lg.platform.core.auth.LgPrincipal;
import jp.lg.platform.core.persistence.TenantTransactions;
import jp.lg.platform.core.tenancy.LgCode;
import jp.lg.platform.core.web.ProblemException;
import jp.lg.platform.core.web.ProblemType;

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
        String name = AttachmentRules.cleanName(filename).orElseThrow(() -> ProblemException.invalidField("filename",
                "is required: the file's name, 1 to 200 characters, e.g. ?filename=資料.pdf"));
        String type = AttachmentRules.typeOf(name).orElseThrow(() -> ProblemException.invalidField("filename",
                "must end in .pdf, .png, .jpg, .jpeg, .xlsx, .docx, .csv or .txt"));
        if (content.length == 0) {
            throw ProblemException.invalidField("body", "is empty: send the file's bytes as the request body");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has " + content.length
                    + " bytes; attachments may have at most " + maxBytes + ".");
        }
        UUID id = UUID.randomUUID();
        return transactions.inTenant(tenant, h -> {
            AttachmentDao dao = h.attach(AttachmentDao.class);
            dao.insert(id, tenant.value(), caller.userId(), name, type, content.length, sha256(content), content);
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

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
