package io.github.xxgk.validation;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The 信息处理费 tariffs of 《政府信息公开信息处理费管理办法》 (国办函〔2020〕109号), for checking an agency's
 * source data (rules FEE-PIECE-CALC and FEE-VOLUME-CALC): per request (按件计收, 第四条), counted per
 * applicant per calendar month, requests 1–10 free, 11–30 at 100 元 each, and from the 31st every further
 * block of ten 100 元 dearer (31–40: 200 元, 41–50: 300 元, …); per volume (按量计收, 第五条), per request,
 * pages 1–30 free, 31–100 at 10 元, 101–200 at 20 元, from 201 at 40 元 a page. Amounts in 元.
 *
 * <p>Exact for every {@code int} (no overflow) and O(1): each tariff band is summed in closed form.
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
        long total = 100L * (Math.min(requests, 30) - Math.min(requests, 10)); // 11–30: 100 元 each
        BigInteger fee = BigInteger.valueOf(total);
        if (requests > 30) {
            // from the 31st: block k (k = 0, 1, …) of ten requests at 100 × (2 + k) 元 each
            long beyond = requests - 30L;
            long blocks = beyond / 10;
            long rest = beyond % 10;
            // full blocks: 1000 × Σ_{k<blocks} (2 + k) = 1000 × (2·blocks + blocks·(blocks − 1)/2)
            BigInteger b = BigInteger.valueOf(blocks);
            BigInteger full = b.multiply(BigInteger.valueOf(blocks - 1)).shiftRight(1).add(b.shiftLeft(1))
                    .multiply(BigInteger.valueOf(1000));
            BigInteger partial = BigInteger.valueOf(100 * rest * (2 + blocks));
            fee = fee.add(full).add(partial);
        }
        return new BigDecimal(fee);
    }

    /**
     * The fee for one request charged by volume.
     *
     * @param pages the pages provided
     * @return the fee in 元
     */
    public static BigDecimal perVolume(int pages) {
        requireNonNegative(pages);
        long p = pages;
        long total = 10 * (Math.min(p, 100) - Math.min(p, 30))   // 31–100: 10 元 a page
                + 20 * (Math.min(p, 200) - Math.min(p, 100))      // 101–200: 20 元
                + 40 * (p - Math.min(p, 200));                    // from 201: 40 元
        return BigDecimal.valueOf(total);
    }

    private static void requireNonNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + n);
        }
    }
}
