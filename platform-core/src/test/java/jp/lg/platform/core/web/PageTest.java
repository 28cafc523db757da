package jp.lg.platform.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void aPageOfMoreRowsThanTheLimitHasACursorThatDecodesToTheLastSortKeyShown() {
        Page<String> page = Page.of(List.of(30L, 20L, 10L), 2, String::valueOf, n -> "#" + n);

        assertThat(page.items()).containsExactly("#30", "#20");
        assertThat(Page.decodeSeq(page.nextCursor(), Long.MAX_VALUE)).isEqualTo(20L);
        assertThat(Page.of(List.of(30L), 2, String::valueOf, n -> "#" + n).nextCursor()).isNull();
    }

    @Test
    void noCursorMeansTheFirstPageAndACursorWeDidNotIssueIsA400() {
        assertThat(Page.decodeSeq(null, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(Page.decodeSeq("", 0)).isZero();

        assertThatThrownBy(() -> Page.decodeSeq(Page.encode("not-a-number"), 0))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_FAILED);
                    assertThat(e.getMessage()).startsWith("cursor: ");
                });
        assertThatThrownBy(() -> Page.decodeSeq("@@@", 0)).isInstanceOf(ProblemException.class);
    }
}
