package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void readsUsernamesTownsCodesAndAllOnceEachInOrder() {
        assertThat(Mentions.written("@saijo.staff さん、@uwajima と @382060 にも。@all @saijo.staff"))
                .containsExactly("saijo.staff", "uwajima", "382060", "all");
    }

    @Test
    void anEmailAddressIsNoMentionAndTrailingPunctuationIsDropped() {
        assertThat(Mentions.written("連絡先 dx@pref.ehime.lg.jp まで。@matsuyama.staff.")).containsExactly("matsuyama.staff");
    }

    @Test
    void aMentionRightAfterJapaneseTextStillCounts() {
        assertThat(Mentions.written("（@saijo）確認お願いします")).containsExactly("saijo");
        assertThat(Mentions.written("宛先@saijo")).isEmpty();
    }

    @Test
    void theFormFollowsTheShapeOfTheMention() {
        assertThat(Mentions.Form.of("all")).isEqualTo(Mentions.Form.ALL);
        assertThat(Mentions.Form.of("382060")).isEqualTo(Mentions.Form.LG_CODE);
        assertThat(Mentions.Form.of("saijo.staff")).isEqualTo(Mentions.Form.USERNAME);
        assertThat(Mentions.Form.of("shikokuchuo")).isEqualTo(Mentions.Form.TOWN_NAME);
    }
}
