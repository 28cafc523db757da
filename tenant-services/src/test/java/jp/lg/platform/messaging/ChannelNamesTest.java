package jp.lg.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.lg.platform.core.tenancy.Collaboration;
import jp.lg.platform.core.tenancy.LgCode;
import org.junit.jupiter.api.Test;

class ChannelNamesTest {

    @Test
    void provisionedChannelsAreNamedAsTownsCallThem() {
        Collaboration ehime = new Collaboration("team-ehime", "チーム愛媛", "Team Ehime", LgCode.parse("380008"),
                List.of(LgCode.parse("382060")));

        assertThat(ChannelNames.vertical("愛媛県", "西条市")).isEqualTo("【愛媛県・西条市】市町訪問");
        assertThat(ChannelNames.horizontal(ehime)).isEqualTo("【チーム愛媛】横連携");
        assertThat(AcknowledgementView.summaryJa(2, 20)).isEqualTo("20団体中2団体が確認済み");
        assertThat(AcknowledgementView.summaryEn(2, 20)).isEqualTo("2 of 20 towns acknowledged");
    }
}
