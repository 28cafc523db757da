package jp.lg.platform.procedures;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * One field of a procedure's form (様式の項目). {@code personal} marks personal data (names,
 * addresses, dates of birth), which never leaves the town's tenant; {@code myNumberAllowed} is the
 * only way a value may contain a My Number (個人番号).
 */
@Schema(name = "FormField")
public record FormField(
        @Schema(example = "copies") @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9_]{0,39}") String name,
        @Schema(example = "必要通数") @NotBlank @Size(max = 100) String labelJa,
        @Schema(example = "Number of copies") @NotBlank @Size(max = 100) String labelEn,
        @NotNull FieldType type,
        @Schema(description = "false if absent") Boolean required,
        @Schema(description = "the allowed values of a CHOICE field") @Size(max = 50) List<@NotBlank @Size(max = 100) String> choices,
        @Schema(description = "TEXT: fewest characters") Integer minLength,
        @Schema(description = "TEXT: most characters", example = "200") Integer maxLength,
        @Schema(description = "NUMBER: smallest value", example = "1") BigDecimal min,
        @Schema(description = "NUMBER: largest value", example = "10") BigDecimal max,
        @Schema(description = "holds personal data; false if absent") Boolean personal,
        @Schema(description = "may hold a My Number (個人番号); false if absent") Boolean myNumberAllowed) {

    public FormField {
        choices = choices == null ? List.of() : List.copyOf(choices);
        required = Boolean.TRUE.equals(required);
        personal = Boolean.TRUE.equals(personal);
        myNumberAllowed = Boolean.TRUE.equals(myNumberAllowed);
    }
}
