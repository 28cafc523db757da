package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;

/** What a resident keeps after applying online: the reference number and the secret that opens its status. */
@Schema(name = "PublicReceipt")
public record PublicReceipt(
        @Schema(example = "K7QX-M2PD-9TRA") String reference,
        @Schema(description = "shown once; send it as the X-Application-Secret header to see the status")
        String secret,
        @Schema(example = "/public/v1/applications/K7QX-M2PD-9TRA") String statusUrl,
        @Schema(example = "300") int feeYen) {
}
