package org.cyberarms.advisor.knowledge;

import java.util.List;
import java.util.Optional;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.Scale;

/**
 * What could be read of the maturity model. A part is present only when it was read without a problem;
 * the elements are checked against the parts that are present, so that one mistake in the model file does
 * not come back as a hundred follow-on problems in the elements file.
 *
 * <p>The names the elements file refers to (dimension ids, status and reliance names) are kept apart from
 * the full parts: they are usable whenever every name itself was well written, even if, say, a meaning
 * next to it was not, so that the elements are still checked as far as possible.
 *
 * @param file the model file as the analyst named it, for hints such as "the scale is defined in ..."
 * @param reliances     an empty scale when the model has no {@code reliances:} (a pack without reliance)
 * @param pack         the {@code pack:} section, its defaults when the file has none; its rounds as written
 *                     (see {@link #complete(ElementsFile)})
 */
record ModelParts(String file, Optional<Scale> levels, Optional<List<Dimension>> dimensions,
        Optional<Scale> statuses, Optional<Scale> reliances, Optional<Provenance> provenance,
        Optional<List<String>> dimensionIds, Optional<List<String>> statusNames,
        Optional<List<String>> relianceNames, Optional<PackReader.ReadPack> pack) {

    static ModelParts unreadable(String file) {
        return new ModelParts(file, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The model read alone: when it sets no {@code rounds}, its pack counts one until elements give theirs. */
    Optional<MaturityModel> complete() {
        return complete(pack.map(PackReader.ReadPack::pack));
    }

    /**
     * The model with the number of rounds its elements have, when it sets none, so that everything downstream
     * (reports, scenarios, sampling, check) sees the one count every assessment has.
     */
    Optional<MaturityModel> complete(ElementsFile elements) {
        return complete(pack.map(p -> p.pack().withRoundsOfTheElements(elements.rounds())));
    }

    private Optional<MaturityModel> complete(Optional<Pack> pack) {
        if (levels.isEmpty() || dimensions.isEmpty() || statuses.isEmpty() || reliances.isEmpty()
                || provenance.isEmpty() || pack.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MaturityModel(levels.get(), dimensions.get(), statuses.get(), reliances.get(),
                provenance.get(), pack.get()));
    }

    /** False when the model was read and has no reliance scale; true when it has one or could not be read. */
    boolean mayHaveReliances() {
        return relianceNames.map(names -> !names.isEmpty()).orElse(true);
    }
}
