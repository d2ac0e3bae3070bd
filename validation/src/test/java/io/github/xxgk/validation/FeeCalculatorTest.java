package io.github.xxgk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The tariffs of 《政府信息公开信息处理费管理办法》 第四条、第五条, worked by hand. */
class FeeCalculatorTest {

    @Test
    void perPieceIsFreeUpToTenThenProgressive() {
        assertThat(FeeCalculator.perPiece(0)).isEqualByComparingTo("0");
        assertThat(FeeCalculator.perPiece(10)).isEqualByComparingTo("0");
        assertThat(FeeCalculator.perPiece(11)).isEqualByComparingTo("100");
        assertThat(FeeCalculator.perPiece(30)).isEqualByComparingTo("2000");      // 20 × 100
        assertThat(FeeCalculator.perPiece(31)).isEqualByComparingTo("2200");      // + 200
        assertThat(FeeCalculator.perPiece(40)).isEqualByComparingTo("4000");      // + 10 × 200
        assertThat(FeeCalculator.perPiece(41)).isEqualByComparingTo("4300");      // + 300
        assertThat(FeeCalculator.perPiece(50)).isEqualByComparingTo("7000");      // + 10 × 300
    }

    @Test
    void perVolumeIsFreeUpToThirtyPagesThenProgressive() {
        assertThat(FeeCalculator.perVolume(30)).isEqualByComparingTo("0");
        assertThat(FeeCalculator.perVolume(31)).isEqualByComparingTo("10");
        assertThat(FeeCalculator.perVolume(100)).isEqualByComparingTo("700");     // 70 × 10
        assertThat(FeeCalculator.perVolume(200)).isEqualByComparingTo("2700");    // + 100 × 20
        assertThat(FeeCalculator.perVolume(201)).isEqualByComparingTo(new BigDecimal("2740"));
        assertThatThrownBy(() -> FeeCalculator.perVolume(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
