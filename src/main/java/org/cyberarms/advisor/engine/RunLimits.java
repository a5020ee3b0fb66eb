package org.cyberarms.advisor.engine;

import java.time.Duration;

/**
 * Bounds on one run of the rules, so that a rule set that keeps re-firing stops with a clear error instead
 * of running for ever.
 *
 * <p>The firing limit is per element: a run over {@code n} elements may fire {@code n} times as often, since
 * rules that decide each element from its own facts fire a few times per element (about 8 for the bundled
 * rules) however many elements there are, while a rule that re-fires for ever passes any bound. A single
 * total stopped large valid knowledge (the 500 elements that {@code advisor sensitivity} varies are 10,000
 * elements in one run) or, set high enough for it, let a runaway on small knowledge go on for long. On very
 * large knowledge a runaway may still reach the time limit, or the memory's, first.
 *
 * @param maxFiringsPerElement the most rule firings one run may make for each element it evaluates
 * @param maxTime              the longest one run may take
 */
public record RunLimits(int maxFiringsPerElement, Duration maxTime) {

    /** Generous for any rule set written by hand: the bundled rules fire about 8 times per element. */
    public static final RunLimits DEFAULT = new RunLimits(1_000, Duration.ofSeconds(60));

    public RunLimits {
        if (maxFiringsPerElement < 1) {
            throw new IllegalArgumentException("maxFiringsPerElement must be at least 1, was " + maxFiringsPerElement);
        }
        if (maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("maxTime must be positive, was " + maxTime);
        }
    }

    /** The most firings a run over {@code elements} elements may make (as for one element when there are none). */
    public int maxFiringsFor(int elements) {
        return (int) Math.min(Integer.MAX_VALUE, (long) maxFiringsPerElement * Math.max(1, elements));
    }
}
