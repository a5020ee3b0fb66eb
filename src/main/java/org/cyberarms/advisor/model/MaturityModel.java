package org.cyberarms.advisor.model;

import java.util.List;
import java.util.Optional;

/**
 * The maturity model as the knowledge files define it: ordered levels, the dimensions, the status scale,
 * the reliance scale (empty when the pack has none: see {@link #hasReliances()}) and the pack's own words,
 * id pattern and rounds. Nothing of it is fixed in code.
 */
public record MaturityModel(
        Scale levels, List<Dimension> dimensions, Scale statuses, Scale reliances, Provenance provenance, Pack pack) {

    public MaturityModel {
        dimensions = List.copyOf(dimensions);
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<String> dimensionIds() {
        return dimensions.stream().map(Dimension::id).toList();
    }

    /**
     * False for a pack whose model has no {@code reliances:} scale: its elements give no reliance, and every
     * assessment's reliance is the empty string (its rules never mention one).
     */
    public boolean hasReliances() {
        return !reliances.steps().isEmpty();
    }
}
