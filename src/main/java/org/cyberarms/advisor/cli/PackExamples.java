package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Scale;
import org.cyberarms.advisor.scenario.ScenarioLoader;

/**
 * The words the help's examples use, taken from the pack the command line names ({@code --pack DIR} or
 * {@code --knowledge DIR}, else the current folder's): its subject, its first element, its first dimension, a
 * status, a level, its scenarios. picocli interpolates
 * {@code ${bundle:KEY:-FALLBACK}} in descriptions and footers from the command line's resource bundle when it
 * prints help, so no subject is written into the help texts. The pack is read only when a help text asks for
 * a word (never for a command that runs); where it cannot be read, each example keeps its neutral placeholder
 * (ID, DIMENSION, ...).
 */
final class PackExamples extends ResourceBundle {

    /** Keys of their own: picocli also looks options' descriptions up in the bundle, by option name. */
    static final String PREFIX = "advisor.example.";
    static final String SUBJECT = PREFIX + "subject";
    static final String ELEMENT = PREFIX + "element";
    static final String ELEMENT_LOWER = PREFIX + "element-lower";
    static final String DIMENSION = PREFIX + "dimension";
    static final String STATUS = PREFIX + "status";
    static final String LEVEL = PREFIX + "level";
    static final String LOWER_LEVEL = PREFIX + "lower-level";
    static final String SCENARIO = PREFIX + "scenario";
    static final String OTHER_SCENARIO = PREFIX + "other-scenario";
    static final String EXTENDING_SCENARIO = PREFIX + "extending-scenario";
    static final String RELIANCE_CHANGE = PREFIX + "reliance-change";

    // What help texts write: picocli replaces each with the pack's word, or with the placeholder after ":-".
    static final String SUBJECT_WORDS = "${bundle:" + SUBJECT + ":-its own subject}";
    static final String ID = "${bundle:" + ELEMENT + ":-ID}";
    static final String ID_LOWER = "${bundle:" + ELEMENT_LOWER + ":-id}";
    static final String DIMENSION_ID = "${bundle:" + DIMENSION + ":-DIMENSION}";
    static final String A_STATUS = "${bundle:" + STATUS + ":-STATUS}";
    static final String A_LEVEL = "${bundle:" + LEVEL + ":-LEVEL}";
    static final String A_LOWER_LEVEL = "${bundle:" + LOWER_LEVEL + ":-LEVEL}";
    static final String A_SCENARIO = "${bundle:" + SCENARIO + ":-SCENARIO}";
    /** A second scenario, to compare with the first; a placeholder when the pack has only one (never the first again). */
    static final String OTHER_SCENARIO_NAME = "${bundle:" + OTHER_SCENARIO + ":-OTHER-SCENARIO}";
    /** A scenario that extends another, for {@code --against parent}. */
    static final String A_SCENARIO_WITH_PARENT = "${bundle:" + EXTENDING_SCENARIO + ":-SCENARIO}";
    /** A --set change: {@code E01.political_endorsement=partial} for the bundled pack. */
    static final String A_CHANGE = ID + "." + DIMENSION_ID + "=" + A_STATUS;
    /**
     * " or " and a --set change of reliance, or nothing for a pack without a reliance scale, whose --set refuses
     * it.
     */
    static final String OR_A_RELIANCE_CHANGE = "${bundle:" + RELIANCE_CHANGE + ":- or ID.DIMENSION.reliance=RELIANCE}";

    private static final List<String> KEYS = List.of(SUBJECT, ELEMENT, ELEMENT_LOWER, DIMENSION, STATUS, LEVEL,
            LOWER_LEVEL, SCENARIO, OTHER_SCENARIO, EXTENDING_SCENARIO, RELIANCE_CHANGE);

    private final Supplier<Path> knowledgeDir;
    private final Map<Path, Map<String, String>> wordsByFolder = new HashMap<>();

    /** {@code knowledgeDir}: the folder to take the words from, asked each time a help text needs one. */
    PackExamples(Supplier<Path> knowledgeDir) {
        this.knowledgeDir = knowledgeDir;
    }

    @Override
    protected synchronized Object handleGetObject(String key) {
        if (!KEYS.contains(key)) {
            return null;
        }
        Map<String, String> words = wordsByFolder.computeIfAbsent(knowledgeDir.get(), PackExamples::read);
        return words.get(key); // null: picocli then prints the placeholder written after ":-"
    }

    /** The keys are known without reading the pack: picocli lists them when the bundle is set. */
    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(KEYS);
    }

    private static Map<String, String> read(Path knowledgeDir) {
        Map<String, String> words = new LinkedHashMap<>();
        Knowledge knowledge;
        try {
            knowledge = new KnowledgeLoader().load(knowledgeDir);
        } catch (KnowledgeException | RuntimeException unreadable) {
            return words; // help must print whatever the folder holds: placeholders then
        }
        words.put(SUBJECT, knowledge.model().pack().subject());
        if (!knowledge.elements().isEmpty()) {
            String id = knowledge.elements().get(0).id();
            words.put(ELEMENT, id);
            words.put(ELEMENT_LOWER, id.toLowerCase(Locale.ROOT));
        }
        if (!knowledge.model().dimensions().isEmpty()) {
            words.put(DIMENSION, knowledge.model().dimensionIds().get(0));
        }
        // A step above the lowest, as a what-if would raise a status; the level below the top, as a target.
        step(knowledge.model().statuses(), 2).ifPresent(s -> words.put(STATUS, s));
        words.put(RELIANCE_CHANGE, step(knowledge.model().reliances(), 1)
                .map(reliance -> " or " + words.getOrDefault(ELEMENT, "ID") + "."
                        + words.getOrDefault(DIMENSION, "DIMENSION") + ".reliance=" + reliance)
                .orElse("")); // a pack without a reliance scale refuses such a change
        List<String> levels = knowledge.model().levels().names();
        if (!levels.isEmpty()) {
            words.put(LEVEL, levels.get(Math.max(0, levels.size() - 2)));
            words.put(LOWER_LEVEL, levels.get(Math.min(1, levels.size() - 1)));
        }
        ScenarioLoader loader = ScenarioLoader.besideKnowledge(knowledgeDir);
        List<String> scenarios = loader.available();
        if (!scenarios.isEmpty()) {
            words.put(SCENARIO, scenarios.get(0));
        }
        if (scenarios.size() > 1) {
            words.put(OTHER_SCENARIO, scenarios.get(1));
        }
        withParent(loader, scenarios, knowledge).ifPresent(name -> words.put(EXTENDING_SCENARIO, name));
        return words;
    }

    /** The first scenario that extends another: --against parent refuses any other. */
    private static Optional<String> withParent(ScenarioLoader loader, List<String> scenarios, Knowledge knowledge) {
        for (String name : scenarios) {
            try {
                if (loader.load(name, knowledge).size() > 1) { // the scenario, preceded by those it extends
                    return Optional.of(name);
                }
            } catch (KnowledgeException | RuntimeException unreadable) {
                // not an example to give: the next scenario may be
            }
        }
        return Optional.empty();
    }

    private static Optional<String> step(Scale scale, int wanted) {
        List<String> names = scale.names();
        return names.isEmpty() ? Optional.empty()
                : Optional.of(names.get(Math.min(wanted, names.size() - 1)));
    }
}
