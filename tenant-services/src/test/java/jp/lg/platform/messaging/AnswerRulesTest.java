package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Map;
import jp.lg.platform.core.web.Problem.FieldError;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<InquiryField> FIELDS = List.of(
            new InquiryField("insured", "加入していますか", "CHOICE", List.of("加入済み", "検討中", "未加入"), true),
            new InquiryField("premium", "年間保険料（円）", "NUMBER", null, false),
            new InquiryField("notes", "備考", "TEXT", null, false));

    @Test
    void aCompleteAnswerPasses() {
        assertThat(AnswerRules.check(FIELDS, Map.of("insured", JSON.textNode("加入済み"), "premium", JSON.numberNode(180000),
                "notes", JSON.textNode("令和5年度から")))).isEmpty();
    }

    @Test
    void namesEachBadValueAndUnknownKey() {
        List<FieldError> errors = AnswerRules.check(FIELDS, Map.of("insured", JSON.textNode("たぶん"),
                "premium", JSON.textNode("18万円"), "extra", JSON.textNode("?")));

        assertThat(errors).extracting(FieldError::field).containsExactly("values.extra", "values.insured", "values.premium");
    }

    @Test
    void aRequiredAnswerMayNotBeBlankAndBlanksAreNotKept() {
        Map<String, JsonNode> values = Map.of("insured", JSON.textNode(" "), "notes", JSON.textNode(""));

        assertThat(AnswerRules.check(FIELDS, values)).extracting(FieldError::field).containsExactly("values.insured");
        assertThat(AnswerRules.kept(FIELDS, Map.of("insured", JSON.textNode("検討中"), "notes", JSON.textNode(""))))
                .containsOnlyKeys("insured");
    }
}
