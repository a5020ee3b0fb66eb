package org.cyberarms.advisor.uncertainty;

/**
 * The Wilson score interval for a binomial proportion: unlike the normal approximation it stays inside
 * [0, 1] and behaves at proportions of 0 and 1, which sampling hits often (a stable element).
 */
final class Wilson {

    /** Two-sided 95%. */
    static final double Z = 1.959963984540054;

    private Wilson() {}

    /** {low, high} for {@code successes} out of {@code trials} (trials > 0). */
    static double[] interval(long successes, long trials) {
        double n = trials;
        double p = successes / n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // At 0 and n successes the bounds are exactly 0 and 1; rounding would leave a few 1e-18 over.
        double low = successes == 0 ? 0 : Math.max(0, centre - half);
        double high = successes == trials ? 1 : Math.min(1, centre + half);
        return new double[] {low, high};
    }
}
