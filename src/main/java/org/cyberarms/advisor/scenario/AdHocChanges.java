package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.Problems;
import org.cyberarms.advisor.knowledge.Suggestions;
import org.cyberarms.advisor.model.Knowledge;

/**
 * Changes typed on the command line: {@code --set E03.attribution=substantial} sets the status (the latest
 * round, as in scenario files), {@code --set E03.attribution.reliance=helpful} the reliance. The element
 * part may be {@code all} or several ids separated by commas. Each problem names the argument and suggests.
 */
public final class AdHocChanges {

    private AdHocChanges() {}

    /** The changes as one scenario named after the arguments; applies after any scenario files. */
    public static Scenario parse(List<String> arguments, Knowledge knowledge) throws KnowledgeException {
        Problems problems = new Problems();
        Vocabulary words = Vocabulary.of(knowledge);
        List<ScenarioChange> changes = new ArrayList<>();
        for (String argument : arguments) {
            parse(argument, words, problems).ifPresent(changes::add);
        }
        problems.throwIfAny();
        return Scenario.adHoc("--set " + String.join(" --set ", arguments), changes);
    }

    private static Optional<ScenarioChange> parse(String argument, Vocabulary words, Problems problems) {
        String where = "--set " + argument;
        int equals = argument.indexOf('=');
        String[] path = equals < 0 ? new String[0] : argument.substring(0, equals).split("\\.", -1);
        if (equals < 0 || path.length < 2 || path.length > 3) {
            problems.at(where, 0, 0, "expected ELEMENT.DIMENSION=STATUS or ELEMENT.DIMENSION.reliance=RELIANCE",
                    Optional.of("For example --set " + words.exampleId(0) + "." + (words.dimensions.isEmpty()
                            ? "DIMENSION" : words.dimensions.get(0)) + "=" + (words.statuses.isEmpty() ? "STATUS"
                            : words.statuses.get(words.statuses.size() - 1))));
            return Optional.empty();
        }
        String value = argument.substring(equals + 1);
        boolean ok = true;
        ScenarioChange.Selection selection;
        if (path[0].equals("all")) {
            selection = ScenarioChange.Selection.everyElement();
        } else {
            List<String> ids = List.of(path[0].split(","));
            for (String id : ids) {
                if (!words.hasElement(id)) {
                    problems.at(where, 0, 0, "`" + id + "` is not an element of the knowledge",
                            Suggestions.didYouMean(id, words.elementIds()).or(() -> Optional.of(
                                    "The elements are " + String.join(", ", words.elementIds()) + ", or `all`")));
                    ok = false;
                }
            }
            selection = new ScenarioChange.Selection(false, ids);
        }
        String dimension = path[1];
        if (!words.dimensions.contains(dimension)) {
            problems.at(where, 0, 0, "`" + dimension + "` is not a dimension of the maturity model ("
                    + String.join(", ", words.dimensions) + ")", Suggestions.didYouMean(dimension, words.dimensions));
            ok = false;
        }
        String attribute = path.length == 3 ? path[2] : "status";
        if (!attribute.equals("status") && !attribute.equals("reliance")) {
            problems.at(where, 0, 0, "`" + attribute + "` cannot be set; only `status` or `reliance`",
                    Suggestions.didYouMean(attribute, List.of("status", "reliance")));
            return Optional.empty();
        }
        List<String> scale = attribute.equals("status") ? words.statuses : words.reliances;
        if (!scale.contains(value)) {
            problems.at(where, 0, 0, "`" + value + "` is not on the " + attribute + " scale ("
                    + String.join(", ", scale) + ")", Suggestions.didYouMean(value, scale));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(attribute.equals("status")
                ? ScenarioChange.SetDimension.status(where, selection, dimension, value)
                : ScenarioChange.SetDimension.reliance(where, selection, dimension, value));
    }
}
