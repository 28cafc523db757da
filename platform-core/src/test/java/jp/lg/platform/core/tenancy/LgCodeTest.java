package jp.lg.platform.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jp.lg.platform.core.support.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LgCodeTest {

    @Test
    void acceptsEveryCodeOfTheReferenceData() {
        List<Tenant> tenants = ReferenceData.load(SharedData.directory()).tenants();

        assertThat(tenants).hasSize(35);
        assertThat(tenants).allSatisfy(t -> assertThat(LgCode.isValid(t.code().value())).isTrue());
    }

    @Test
    void computesTheCheckDigitOfKnownCodes() {
        assertThat(LgCode.checkDigit("38206")).isEqualTo(0);
        assertThat(LgCode.checkDigit("07202")).isEqualTo(8);
        assertThat(LgCode.checkDigit("13101")).isEqualTo(6);
        assertThat(LgCode.withCheckDigit("38206")).isEqualTo(LgCode.parse("382060"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "382061|check digit should be 0, got 1",
            "070008|check digit should be 9, got 8",
            "38206|an LG code has 6 digits, got 5 characters",
            "3820600|an LG code has 6 digits, got 7 characters",
            "38206a|an LG code has digits only, got 'a' at position 6",
            "３８２０６０|an LG code has digits only, got '３' at position 1",
            "' 38206'|an LG code has digits only, got ' ' at position 1"})
    void rejectsWithTheReason(String value, String reason) {
        assertThat(LgCode.problemWith(value)).isEqualTo(reason);
        assertThatThrownBy(() -> LgCode.parse(value))
                .isInstanceOf(InvalidLgCodeException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void rejectsEmptyAndMissingCodes() {
        assertThat(LgCode.problemWith("")).isEqualTo("an LG code is required");
        assertThat(LgCode.problemWith(null)).isEqualTo("an LG code is required");
    }

    @Test
    void knowsItsPrefecture() {
        assertThat(LgCode.parse("382060").prefectureNumber()).isEqualTo("38");
        assertThat(LgCode.parse("074071").prefectureNumber()).isEqualTo("07");
    }
}
