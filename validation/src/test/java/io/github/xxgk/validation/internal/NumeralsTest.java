package io.github.xxgk.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Chinese numerals of headings (issue 13: the speller crashed from 100 on). */
class NumeralsTest {

    @ParameterizedTest
    @CsvSource({
        "1, 一", "9, 九", "10, 十", "11, 十一", "20, 二十", "99, 九十九", "100, 一百", "101, 一百零一",
        "110, 一百一十", "111, 一百一十一", "120, 一百二十", "999, 九百九十九", "1000, 一千", "1001, 一千零一",
        "1010, 一千零一十", "1100, 一千一百", "9999, 九千九百九十九", "10000, 一万", "10001, 一万零一",
        "10010, 一万零一十", "10500, 一万零五百", "15000, 一万五千", "100000, 十万", "110000, 十一万",
        "100001, 十万零一", "100000000, 一亿", "100010000, 一亿零一万", "2147483647, 二十一亿四千七百四十八万三千六百四十七"
    })
    void spellsAndReadsTheNumeralsAsHeadingsWriteThem(long n, String numeral) {
        assertThat(NumberingChecks.chinese(n)).isEqualTo(numeral);
        assertThat(NumberingChecks.chinese(numeral, 0, numeral.length())).isEqualTo(n);
    }

    @Test
    void everyNumberUpToAHundredThousandReadsBackAsItself() {
        for (long n = 1; n <= 100_000; n++) {
            String numeral = NumberingChecks.chinese(n);
            assertThat(NumberingChecks.chinese(numeral, 0, numeral.length())).as(numeral).isEqualTo(n);
        }
    }

    @ParameterizedTest
    @CsvSource({"十十", "一一", "一十", "零", "一百十", "百", "二十零", "一千零零一", "十百", "万", "一万万", "九亿亿亿亿亿亿亿亿亿亿亿"})
    void whatIsNotACanonicalNumeralIsNoNumber(String text) {
        assertThat(NumberingChecks.chinese(text, 0, text.length())).isEqualTo(-1);
    }
}
