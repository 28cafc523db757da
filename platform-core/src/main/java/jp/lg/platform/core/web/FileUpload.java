package jp.lg.platform.core.web;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file sent as a request body with its name as a query parameter (attachments of messages and of
 * applications), checked before anything is stored: a clean name (no path, no control characters,
 * 1 to 200 characters), a type allowed by the caller and told by the name's extension, bytes that
 * begin as that type's do (a ".pdf" that is no PDF is refused), at most {@code maxBytes}. Refusals
 * are problems: 400 {@code validation-failed} naming {@code filename} or {@code body}, 413
 * {@code payload-too-large}. Carries the SHA-256 of the bytes.
 */
public record FileUpload(String name, FileType type, byte[] content, byte[] sha256) {

    /** The kinds of file the platform takes, by extension, with the first bytes of those that have a signature. */
    public enum FileType {
        PDF("application/pdf", Set.of("pdf"), "%PDF-".getBytes(StandardCharsets.US_ASCII)),
        PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"), new byte[] {'P', 'K', 3, 4}),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx"),
                new byte[] {'P', 'K', 3, 4}),
        CSV("text/csv; charset=UTF-8", Set.of("csv"), new byte[0]),
        TXT("text/plain; charset=UTF-8", Set.of("txt"), new byte[0]);

        private final String contentType;
        private final Set<String> extensions;
        private final byte[] signature;

        FileType(String contentType, Set<String> extensions, byte[] signature) {
            this.contentType = contentType;
            this.extensions = extensions;
            this.signature = signature;
        }

        public String contentType() {
            return contentType;
        }

        boolean begins(byte[] content) {
            return content.length >= signature.length
                    && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
        }
    }

    /** Checks a file against the allowed types and the size limit; the problem of the first rule it breaks. */
    public static FileUpload of(String filename, byte[] content, Set<FileType> allowed, long maxBytes) {
        String name = cleanName(filename).orElseThrow(() -> ProblemException.invalidField("filename",
                "ファイル名が必要です / is required: the file's name, 1 to 200 characters, e.g. ?filename=資料.pdf"));
        FileType type = typeOf(name, allowed).orElseThrow(() -> ProblemException.invalidField("filename",
                "この種類のファイルは受け付けません / must end in " + extensions(allowed)));
        if (content.length == 0) {
            throw ProblemException.invalidField("body", "ファイルが空です / is empty: send the file's bytes as the request body");
        }
        if (content.length > maxBytes) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The file has " + content.length
                    + " bytes; attachments may have at most " + maxBytes + ".");
        }
        if (!type.begins(content)) {
            throw ProblemException.invalidField("body", "ファイルの内容が" + type.name() + "ではありません / is not a "
                    + type.name() + " file, as its name says");
        }
        return new FileUpload(name, type, content, sha256(content));
    }

    /** The allowed type of a file name's extension; empty for any other. */
    public static Optional<FileType> typeOf(String filename, Set<FileType> allowed) {
        int dot = filename.lastIndexOf('.');
        String extension = dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
        return allowed.stream().filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** A name without paths or control characters, 1 to 200 characters; empty when none is left. */
    public static Optional<String> cleanName(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() || name.length() > 200 ? Optional.empty() : Optional.of(name);
    }

    public static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A download of stored bytes: its type, {@code Content-Disposition: attachment} with the name
     * (ASCII fallback and UTF-8), {@code nosniff}, and the SHA-256 as a {@code Digest} header.
     */
    public static Response download(String filename, String contentType, byte[] sha256, byte[] content) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, contentType)
                .header("Content-Disposition", "attachment; filename=\"" + filename.replaceAll("[^\\x20-\\x7e]|\"", "_")
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Digest", "sha-256=" + Base64.getEncoder().encodeToString(sha256))
                .build();
    }

    private static String extensions(Set<FileType> allowed) {
        return allowed.stream().sorted().flatMap(t -> t.extensions.stream().sorted()).map(e -> "." + e)
                .collect(Collectors.joining(", "));
    }
}
