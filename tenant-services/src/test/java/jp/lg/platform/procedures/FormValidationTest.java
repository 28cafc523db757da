package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.lg.platform.core.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

class FormValidationTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void aCompleteFormPasses() {
        assertThat(FormValidation.check(DriftTest.STANDARD, filled(), List.of("identity-document"))).isEmpty();
    }

    @Test
    void aMyNumberIsRefusedOnlyWhereTheFieldDoesNotAllowIt() {
        Map<String, JsonNode> form = filled();
        form.put("purpose", JSON.textNode("123456789018"));

        List<FieldError> errors = FormValidation.check(DriftTest.STANDARD, form, List.of("identity-document"));

        assertThat(errors).extracting(FieldError::field).containsExactly("fields.purpose");
        assertThat(errors.get(0).message()).doesNotContain("123456789018");
        ProcedureDefinition allowing = EffectiveDefinition.of(DriftTest.STANDARD, new Variants(List.of(new FormField(
                "myNumber", "個人番号", "My Number", FieldType.TEXT, false, List.of(), 12, 12, null, null, true, true)),
                null, null, null));
        form.put("purpose", JSON.textNode("自動車の登録"));
        form.put("myNumber", JSON.textNode("123456789018"));
        assertThat(FormValidation.check(allowing, form, List.of("identity-document"))).isEmpty();
    }

    @Test
    void limitsAndRequiredFieldsAreChecked() {
        Map<String, JsonNode> form = filled();
        form.put("copies", JSON.numberNode(11));
        form.put("subjectName", JSON.textNode("  "));
        form.put("purpose", JSON.textNode("あ".repeat(201)));

        assertThat(FormValidation.check(DriftTest.STANDARD, form, List.of("identity-document")))
                .extracting(FieldError::field).containsExactly("fields.subjectName", "fields.copies", "fields.purpose");
    }

    private static Map<String, JsonNode> filled() {
        Map<String, JsonNode> form = new HashMap<>();
        form.put("requesterName", JSON.textNode("磐梯 花子"));
        form.put("requesterAddress", JSON.textNode("福島県耶麻郡磐梯町"));
        form.put("relationship", JSON.textNode("本人"));
        form.put("subjectName", JSON.textNode("磐梯 花子"));
        form.put("subjectBirthDate", JSON.textNode("1985-04-12"));
        form.put("documentType", JSON.textNode("住民票の写し（一部）"));
        form.put("copies", JSON.numberNode(1));
        form.put("purpose", JSON.textNode("自動車の登録"));
        return form;
    }
}
