package org.cyberarms.advisor.knowledge;

import java.util.List;
import java.util.Optional;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.Scale;

/**
 * What could be read of the maturity model. A part is present only when it was read without a problem;
 * the elements are checked against the parts that are present, so that one mistake in the model file does
 * not come back as a hundred follow-on problems in the elements file.
 *
 * @param file the model file as the analyst named it, for hints such as "the scale is defined in ..."
 */
record ModelParts(String file, Optional<Scale> levels, Optional<List<Dimension>> dimensions,
        Optional<Scale> statuses, Optional<Scale> reliances, Optional<Provenance> provenance) {

    static ModelParts unreadable(String file) {
        return new ModelParts(file, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    Optional<List<String>> dimensionIds() {
        return dimensions.map(list -> list.stream().map(Dimension::id).toList());
    }

    Optional<MaturityModel> complete() {
        if (levels.isEmpty() || dimensions.isEmpty() || statuses.isEmpty() || reliances.isEmpty()
                || provenance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaturityModel(levels.get(), dimensions.get(), statuses.get(), reliances.get(),
                provenance.get()));
    }
}
