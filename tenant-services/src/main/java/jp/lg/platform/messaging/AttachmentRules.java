package jp.lg.platform.messaging;

import java.util.Set;
import jp.lg.platform.core.web.FileUpload.FileType;

/**
 * Which files may be attached to messages: PDF, PNG, JPEG, XLSX, DOCX, CSV and TXT, up to
 * {@link #MAX_BYTES}, which is also the upload's body limit in place of the server's smaller one
 * ({@link jp.lg.platform.core.web.BodyLimit}). The checks themselves
 * are {@link jp.lg.platform.core.web.FileUpload}'s, shared with applications' attachments.
 */
final class AttachmentRules {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    static final Set<FileType> ALLOWED = Set.of(FileType.values());

    private AttachmentRules() {}
}
