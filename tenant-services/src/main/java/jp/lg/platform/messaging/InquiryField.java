package jp.lg.platform.messaging;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One question of an inquiry (照会): answered as free text, a number, or one of the options. */
@Schema(name = "InquiryField")
public record InquiryField(
        @Schema(description = "Stable key of the answer", example = "insured") String key,
        @Schema(description = "The question as towns read it", example = "サイバー保険に加入していますか") String label,
        @Schema(allowableValues = {"TEXT", "NUMBER", "CHOICE"}, example = "CHOICE") String type,
        @Schema(description = "CHOICE: the options", example = "[\"加入済み\", \"検討中\", \"未加入\"]") List<String> options,
        @Schema(description = "Whether every answer must fill it", example = "true") boolean required) {

    public InquiryField {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
