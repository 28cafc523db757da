package jp.lg.platform.messaging;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which files may be attached: PDF, PNG, JPEG, XLSX, DOCX, CSV and TXT, up to {@link #MAX_BYTES}
 * (and never more than the server's request body limit). The type comes from the file name's
 * extension, so a download is always served with the type of its extension.
 */
final class AttachmentRules {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "csv", "text/csv; charset=UTF-8",
            "txt", "text/plain; charset=UTF-8");

    private AttachmentRules() {}

    /** The content type of an allowed file name; empty for any other. */
    static Optional<String> typeOf(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(filename.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** A name without paths or control characters, 1 to 200 characters; empty when none is left. */
    static Optional<String> cleanName(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() || name.length() > 200 ? Optional.empty() : Optional.of(name);
    }
}
