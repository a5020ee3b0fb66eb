package org.cyberarms.advisor.engine;

import java.time.Duration;

/**
 * Bounds on one run of the rules, so that a rule set that keeps re-firing stops with a clear error instead
 * of running for ever.
 *
 * @param maxFirings the most rule firings one run may make
 * @param maxTime    the longest one run may take
 */
public record RunLimits(int maxFirings, Duration maxTime) {

    /** Generous for any knowledge base written by hand: the bundled one needs a few hundred firings. */
    public static final RunLimits DEFAULT = new RunLimits(100_000, Duration.ofSeconds(60));

    public RunLimits {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1, was " + maxFirings);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive, was " + maxTime);
        }
    }
}
