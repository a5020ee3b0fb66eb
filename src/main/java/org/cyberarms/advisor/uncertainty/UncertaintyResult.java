package org.cyberarms.advisor.uncertainty;

import java.util.List;
import java.util.Optional;

/**
 * What sampling found: for every element, how often each level came out of the rules, with a 95% interval,
 * whether its level is unstable, and which dimension drives the instability.
 *
 * @param samples  how many samples were run
 * @param seed     the seed that reproduces them exactly
 * @param stableAt the modal level's probability at or above which a level counts as stable
 */
public record UncertaintyResult(int samples, long seed, double stableAt, List<ElementUncertainty> elements) {

    public UncertaintyResult {
        elements = List.copyOf(elements);
    }

    public List<ElementUncertainty> unstable() {
        return elements.stream().filter(ElementUncertainty::unstable).toList();
    }

    /**
     * @param level       the level as the rules conclude it on the knowledge as written
     * @param levels      every level of the scale, lowest first, with how often the samples reached it
     * @param modal       the level the samples reached most often
     * @param driver      the dimension that drives the instability, when any sample changed the level
     */
    public record ElementUncertainty(
            String elementId, String name, String level, List<LevelProbability> levels, LevelProbability modal,
            boolean unstable, int changed, Optional<Driver> driver) {

        public ElementUncertainty {
            levels = List.copyOf(levels);
        }
    }

    /** How often a level came out, as a share of the samples with its 95% Wilson score interval. */
    public record LevelProbability(String level, int count, double probability, double low, double high) {}

    /**
     * The dimension most often credited in samples that changed the element's level: in a sample below the
     * level as written, a dimension the rules named as blocking that sample whose sampled status differs
     * from the written one; in a sample above it, a dimension the rules named as blocking the written level
     * whose sampled status differs.
     *
     * @param share credited samples over samples that changed the level
     */
    public record Driver(String dimension, int credited, double share) {}
}
