package org.cyberarms.advisor.scenario;

import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.SourceFile;

/**
 * One what-if scenario as an analyst wrote it: who, why, and the changes it makes over the knowledge it
 * builds on (the baseline, or the scenario it {@code extends}). A scenario never changes a file: it is
 * applied to the knowledge in memory by {@link ScenarioOverlay}.
 *
 * @param extendsNames the scenarios it builds on, in the order they apply (a later one wins where two set
 *                     the same value); empty when it builds on the knowledge itself
 * @param source the scenario file with the SHA-256 of its bytes, for the run stamp; empty for ad-hoc
 *               changes given on the command line
 */
public record Scenario(String name, String description, String author, String rationale,
        List<String> extendsNames, Provenance provenance, List<ScenarioChange> changes,
        Optional<SourceFile> source) {

    public Scenario {
        extendsNames = List.copyOf(extendsNames);
        changes = List.copyOf(changes);
    }

    /** Changes typed on the command line ({@code --set}): no file, no rationale beyond the arguments. */
    public static Scenario adHoc(String name, List<ScenarioChange> changes) {
        return new Scenario(name, "Changes given on the command line", "the analyst running the advisor",
                "Ad-hoc what-if", List.of(),
                new Provenance("scenario", "Command-line changes", List.of()), changes, Optional.empty());
    }
}
