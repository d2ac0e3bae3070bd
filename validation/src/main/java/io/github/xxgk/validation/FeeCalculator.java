package io.github.xxgk.validation;

import java.math.BigDecimal;

/**
 * The 信息处理费 tariffs of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), for checking an agency's
 * source data (rules FEE-PIECE-CALC and FEE-VOLUME-CALC): per request (按件计收, 第四条), counted per
 * applicant per calendar month, requests 1–10 free, 11–30 at 100 元 each, and from the 31st every further
 * block of ten 100 元 dearer (31–40: 200 元, 41–50: 300 元, …); per volume (按量计收, 第五条), per request,
 * pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元 a page. Amounts in 元.
 *
 * <p>Stateless and thread-safe.
 */
public final class FeeCalculator {

    private FeeCalculator() {
    }

    /**
     * The fee for one applicant's requests in one calendar month, charged per request.
     *
     * @param requests the applicant's requests that month, counting the one charged
     * @return the total fee in 元 for all of them
     */
    public static BigDecimal perPiece(int requests) {
        requireNonNegative(requests);
        long total = 0;
        for (int n = 11; n <= requests; n++) {
            total += n <= 30 ? 100 : 100L * (2 + (n - 31) / 10);
        }
        return BigDecimal.valueOf(total);
    }

    /**
     * The fee for one request charged by volume.
     *
     * @param pages the pages provided
     * @return the fee in 元
     */
    public static BigDecimal perVolume(int pages) {
        requireNonNegative(pages);
        long total = 0;
        for (int p = 31; p <= pages; p++) {
            total += p <= 100 ? 10 : p <= 200 ? 20 : 40;
        }
        return BigDecimal.valueOf(total);
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + n);
        }
    }
}
