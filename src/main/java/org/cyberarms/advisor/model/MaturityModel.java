package org.cyberarms.advisor.model;

import java.util.List;
import java.util.Optional;

/**
 * The maturity model as the knowledge files define it: ordered levels, the dimensions, the status scale
 * and the reliance scale. Nothing of it is fixed in code.
 */
public record MaturityModel(
        Scale levels, List<Dimension> dimensions, Scale statuses, Scale reliances, Provenance provenance) {

    public MaturityModel {
        dimensions = List.copyOf(dimensions);
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<String> dimensionIds() {
        return dimensions.stream().map(Dimension::id).toList();
    }
}
