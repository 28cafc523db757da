package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerCsvTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2030-06-05T10:15:00+09:00");

    @Test
    void excelReadsItWithJapaneseHeadersAnsweredTownsFirstAndUnansweredMarked() {
        List<InquiryField> fields = List.of(new InquiryField("insured", "加入していますか", "CHOICE", List.of("はい"), true),
                new InquiryField("premium", "保険料", "NUMBER", null, false));
        AnswerTable table = new AnswerTable("m", AT, fields, List.of(new AnswerTable.Row("382060", "西条市", "u", AT, AT,
                Map.of("insured", JsonNodeFactory.instance.textNode("はい"), "premium",
                        JsonNodeFactory.instance.numberNode(120000)))),
                List.of(new AnswerTable.Town("382035", "宇和島市")), 2, 1, "", "");

        String csv = AnswerCsv.render(table);

        assertThat(csv).startsWith("\uFEFF団体コード,団体名,回答状況,回答日時,加入していますか,保険料\r\n");
        assertThat(csv.lines().skip(1).toList()).containsExactly("382060,西条市,回答済み,2030-06-05 10:15,はい,120000",
                "382035,宇和島市,未回答,,,");
    }

    @Test
    void cellsWithCommasQuotesOrNewlinesAreQuotedAndFormulasDefused() {
        assertThat(AnswerCsv.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(AnswerCsv.quote("「はい」\n補足")).isEqualTo("\"「はい」\n補足\"");
        assertThat(AnswerCsv.quote("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(AnswerCsv.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(AnswerCsv.quote("-120")).isEqualTo("-120");
    }
}
