package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentRulesTest {

    @Test
    void theAllowListGoesByExtensionInAnyCase() {
        assertThat(AttachmentRules.typeOf("資料.PDF")).contains("application/pdf");
        assertThat(AttachmentRules.typeOf("写真.jpeg")).contains("image/jpeg");
        assertThat(AttachmentRules.typeOf("集計.xlsx")).contains(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(AttachmentRules.typeOf("setup.exe")).isEmpty();
        assertThat(AttachmentRules.typeOf("README")).isEmpty();
        assertThat(AttachmentRules.typeOf("page.html")).isEmpty();
    }

    @Test
    void aNameLosesItsPathAndControlCharacters() {
        assertThat(AttachmentRules.cleanName("C:\\Users\\x\\報告書.docx")).contains("報告書.docx");
        assertThat(AttachmentRules.cleanName("../../etc/passwd.txt")).contains("passwd.txt");
        assertThat(AttachmentRules.cleanName("a\u0000b.txt")).contains("ab.txt");
        assertThat(AttachmentRules.cleanName("dir/")).isEmpty();
        assertThat(AttachmentRules.cleanName(null)).isEmpty();
    }
}
