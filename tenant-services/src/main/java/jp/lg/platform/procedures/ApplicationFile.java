package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to an application for one of its required documents (添付書類): its name, type,
 * size and SHA-256 (hex), who uploaded it and when. {@code uploadedBy} is a staff user id or
 * 'resident'; the applicant's own view leaves it out.
 */
@Schema(name = "ApplicationFile")
public record ApplicationFile(UUID id,
        @Schema(example = "identity-document") String attachmentCode,
        @Schema(example = "運転免許証.pdf") String filename,
        @Schema(example = "application/pdf") String contentType,
        @Schema(example = "182044") int sizeBytes,
        @Schema(description = "SHA-256 of the bytes, hex",
                example = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") String sha256,
        @Schema(description = "staff user id, or 'resident'; absent in the applicant's view") String uploadedBy,
        @Schema(description = "ONLINE when the applicant sent it, COUNTER when staff did") Channel channel,
        Instant uploadedAt) {

    /** The same file without who uploaded it, for the applicant (no staff identities). */
    ApplicationFile forApplicant() {
        return new ApplicationFile(id, attachmentCode, filename, contentType, sizeBytes, sha256, null, channel, uploadedAt);
    }
}
