package jp.lg.platform.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyNumberTest {

    @Test
    void acceptsOnlyTheOfficialCheckDigit() {
        assertThat(MyNumber.isValid("123456789018")).isTrue();
        assertThat(MyNumber.isValid("123456789011")).isFalse();
        assertThat(MyNumber.isValid("12345678901")).isFalse();
    }

    @Test
    void aRemainderOfZeroOrOneGivesCheckDigitZero() {
        assertThat(MyNumber.isValid("000000000000")).as("sum 0").isTrue();
        assertThat(MyNumber.isValid("000000000060")).as("sum 12, remainder 1").isTrue();
    }

    @Test
    void findsOneInFreeTextWrittenInAnyUsualWay() {
        assertThat(MyNumber.isIn("番号は123456789018です")).isTrue();
        assertThat(MyNumber.isIn("1234 5678 9018")).isTrue();
        assertThat(MyNumber.isIn("1234-5678-9018")).isTrue();
        assertThat(MyNumber.isIn("１２３４５６７８９０１８")).isTrue();
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(MyNumber.isIn("電話 0241-62-1111")).isFalse();
        assertThat(MyNumber.isIn("123456789011")).isFalse();
        assertThat(MyNumber.isIn("1234567890181")).as("13 digits, like a corporate number").isFalse();
        assertThat(MyNumber.isIn("")).isFalse();
    }
}
