package org.cyberarms.advisor.scaffold;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What a new knowledge pack is made of, as {@code advisor init} is asked for it: the scales (lowest first),
 * the dimension ids, the number of scoring rounds and the element id pattern. {@link #problems()} says, in
 * plain words, everything that would stop the pack from working, so that a pack is never written half right.
 *
 * @param title       the pack's title (the report's title)
 * @param levels      maturity levels, lowest first
 * @param dimensions  dimension ids; the names reports print are derived from them ({@link #label})
 * @param statuses    how mature a dimension is, lowest first
 * @param reliances   how much an element needs a dimension, lowest first; empty for a pack without reliance
 * @param rounds      scoring rounds per assessment, 1 or more
 * @param elementIds  the Java regular expression every element id must match whole
 */
public record PackPlan(String title, List<String> levels, List<String> dimensions, List<String> statuses,
        List<String> reliances, int rounds, String elementIds) {

    public static final String DEFAULT_TITLE = "Maturity assessment";
    public static final List<String> DEFAULT_LEVELS = List.of("initial", "developing", "established", "advanced");
    public static final List<String> DEFAULT_DIMENSIONS = List.of("people", "process", "technology");
    public static final List<String> DEFAULT_STATUSES = List.of("none", "weak", "partial", "substantial", "strong");
    public static final List<String> DEFAULT_RELIANCES = List.of("not-needed", "helpful", "critical");
    public static final int DEFAULT_ROUNDS = 1;
    /** The pack format's default: a letter, then letters, digits, {@code _} or {@code -}. */
    public static final String DEFAULT_ELEMENT_IDS = "[A-Za-z][A-Za-z0-9_-]*";
    /** The most rounds init writes: each is one more status per assessment to fill in by hand. */
    public static final int MAX_ROUNDS = 20;

    /** Words of scale steps and dimension ids: as the maturity model file requires them. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public PackPlan {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        statuses = List.copyOf(statuses);
        reliances = List.copyOf(reliances);
    }

    public static PackPlan defaults() {
        return new PackPlan(DEFAULT_TITLE, DEFAULT_LEVELS, DEFAULT_DIMENSIONS, DEFAULT_STATUSES, DEFAULT_RELIANCES,
                DEFAULT_ROUNDS, DEFAULT_ELEMENT_IDS);
    }

    public boolean hasReliances() {
        return !reliances.isEmpty();
    }

    /** Everything wrong with the plan, each in a sentence that names the option; empty when it can be written. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add("--title is empty: give the pack a title, for example --title \"Cyber capacity review\"");
        }
        scale("--levels", "levels", levels, 2, problems);
        scale("--dimensions", "dimension ids", dimensions, 1, problems);
        scale("--statuses", "statuses", statuses, 2, problems);
        if (hasReliances()) {
            scale("--reliances", "reliances", reliances, 2, problems);
        }
        if (statuses.size() >= 2 && levels.size() >= 2 && statuses.size() < levels.size()) {
            problems.add("--statuses gives " + statuses.size() + " statuses for " + levels.size() + " levels: the"
                    + " rules init writes reach a level through a status, so every level needs one; give at least "
                    + levels.size() + " statuses, or fewer levels");
        }
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            problems.add("--rounds must be from 1 to " + MAX_ROUNDS + ", not " + rounds);
        }
        Optional<Pattern> ids = elementIdPattern(problems);
        if (ids.isPresent() && ExampleIds.matching(ids.get()).isEmpty()) {
            problems.add("--element-ids " + elementIds + " accepts none of the example ids init writes (such as "
                    + String.join(", ", ExampleIds.SHOWN) + "); widen it, or keep the default and change it in"
                    + " maturity-model.yaml once your own elements are written");
        }
        return problems;
    }

    private Optional<Pattern> elementIdPattern(List<String> problems) {
        try {
            return Optional.of(Pattern.compile(elementIds));
        } catch (PatternSyntaxException e) {
            problems.add("--element-ids " + elementIds + " is not a pattern the advisor can read ("
                    + e.getDescription().toLowerCase(Locale.ROOT) + " at character " + (e.getIndex() + 1)
                    + "); for example E[0-9]+ means E followed by digits");
            return Optional.empty();
        }
    }

    private static void scale(String option, String what, List<String> names, int atLeast, List<String> problems) {
        if (names.size() < atLeast) {
            problems.add(option + " needs at least " + atLeast + " " + what + ", separated by commas" + (names.isEmpty()
                    ? "" : " (got " + String.join(", ", names) + ")"));
        }
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (String name : names) {
            if (!WORD.matcher(name).matches()) {
                problems.add(option + ": `" + name + "` is not a single word: use letters, digits, - and _,"
                        + " starting with a letter" + suggestion(name));
            } else if (!seen.add(name.toLowerCase(Locale.ROOT)) && reported.add(name)) {
                problems.add(option + ": `" + name + "` is named twice; each of the " + what
                        + " must be different (letter case aside)");
            }
        }
    }

    /** A word the user probably meant, for names with spaces or a leading digit. */
    private static String suggestion(String name) {
        String repaired = name.strip().replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[^A-Za-z]+", "");
        return repaired.isEmpty() || repaired.equals(name) ? "" : " (did you mean `" + repaired + "`?)";
    }

    /** The name reports print for an id: {@code political_endorsement} becomes "Political endorsement". */
    public static String label(String id) {
        String words = id.replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? id : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
