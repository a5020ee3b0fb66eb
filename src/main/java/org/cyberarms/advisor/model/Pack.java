package org.cyberarms.advisor.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a knowledge pack itself rather than another: the words its answers use, the shape of its element
 * ids, how many rounds of scoring each assessment has, and which element fields it requires. The model file's
 * optional {@code pack:} section gives it; every part has a generic default ({@link #defaults()}), so that no
 * subject matter is fixed in code.
 *
 * @param title          the title of the report and of the page ("Maturity assessment" by default)
 * @param subject        what is assessed, to complete "how mature each element of ... is"
 * @param introduction   the report's opening paragraph
 * @param words          the nouns headings and sentences use for elements and dimensions
 * @param elementIds     the pattern every element id matches whole
 * @param rounds         how many rounds of scoring every assessment has, 1 or more: the number the model sets or,
 *                       when it sets none, the number the first assessment of the elements file has (1 for a
 *                       model read without its elements, which gives no count)
 * @param roundsSet      whether the model sets {@code rounds}; when it does not, every assessment must have as many
 *                       rounds as the first, and a pack's schemas leave the count open. Model files written before
 *                       the {@code pack:} section (three rounds each) still load this way.
 * @param requiredFields element fields required beyond id, name and dimensions ({@code description},
 *                       {@code drawn_from})
 * @param glossary       terms the pack adds to the report's glossary
 */
public record Pack(String title, String subject, String introduction, Words words, Pattern elementIds, int rounds,
        boolean roundsSet, List<String> requiredFields, List<Term> glossary) {

    /** The nouns an answer uses for the things assessed and the things they are assessed on. */
    public record Words(String element, String elements, String dimension, String dimensions) {

        /** Beginnings of words whose first letter is a vowel but whose first sound is not ("a unit", "a user"). */
        private static final List<String> SOUNDED_AS_A_CONSONANT = List.of("uni", "use", "usu", "uti", "eu", "one");

        /** Beginnings of words whose first letter is a consonant but whose first sound is not ("an hour"). */
        private static final List<String> SOUNDED_AS_A_VOWEL = List.of("hour", "honest", "honor", "honour", "heir");

        public static Words defaults() {
            return new Words("element", "elements", "dimension", "dimensions");
        }

        /**
         * The noun after "a" or "an", as a sentence says one of them ("an initiative", "a reading room"): the
         * pack chooses the noun, so the article cannot be written with it. "an" before a vowel letter, "a"
         * before any other, by the first letters only (no dictionary): vowels sounded as "you" or "won" take "a"
         * (unit, use, usual, utility, euro, one), a silent h takes "an" (hour, honest, honour, heir).
         */
        public static String withArticle(String noun) {
            String start = noun.toLowerCase(Locale.ROOT);
            boolean vowelSound = SOUNDED_AS_A_VOWEL.stream().anyMatch(start::startsWith)
                    || !start.isEmpty() && "aeiou".indexOf(start.charAt(0)) >= 0
                            && SOUNDED_AS_A_CONSONANT.stream().noneMatch(start::startsWith);
            return (vowelSound ? "an " : "a ") + noun;
        }
    }

    /** One glossary entry. */
    public record Term(String term, String meaning) {}

    /** Ids as scale step names are written: a letter, then letters, digits, {@code _} or {@code -}. */
    public static final String DEFAULT_ELEMENT_IDS = "[A-Za-z][A-Za-z0-9_-]*";

    public static final String DEFAULT_TITLE = "Maturity assessment";

    public static final String DEFAULT_SUBJECT = "the assessment";

    public static final String DEFAULT_INTRODUCTION = "For each element, the maturity level the rules reach, why,"
            + " what holds it down and what would raise it.";

    /** The element fields a pack may require; id, name and dimensions are always required. */
    public static final List<String> OPTIONAL_FIELDS = List.of("description", "drawn_from");

    public Pack {
        requiredFields = List.copyOf(requiredFields);
        glossary = List.copyOf(glossary);
        if (rounds < 1) {
            throw new IllegalArgumentException("a pack has at least one round of scoring, not " + rounds);
        }
    }

    /**
     * A pack that says nothing about itself: generic words, free ids, rounds not set (one until the elements give
     * their count), no required extra fields.
     */
    public static Pack defaults() {
        return new Pack(DEFAULT_TITLE, DEFAULT_SUBJECT, DEFAULT_INTRODUCTION, Words.defaults(),
                Pattern.compile(DEFAULT_ELEMENT_IDS), 1, false, List.of(), List.of());
    }

    /**
     * This pack with the number of rounds its elements have, when the model sets none; a pack whose model sets
     * {@code rounds} keeps its own (the loader has checked that every assessment has that many).
     */
    public Pack withRoundsOfTheElements(int count) {
        return roundsSet ? this : new Pack(title, subject, introduction, words, elementIds, count, false,
                requiredFields, glossary);
    }

    public boolean requires(String field) {
        return requiredFields.contains(field);
    }

    /**
     * What the id pattern asks for, in words where the pattern is a familiar one ("a letter followed by letters,
     * digits, _ or -"; "`E` followed by digits, like `E07`"); empty for any other pattern, which callers then
     * quote as it is written.
     */
    public Optional<String> elementIdsInWords() {
        String pattern = elementIds.pattern();
        if (pattern.equals(DEFAULT_ELEMENT_IDS)) {
            return Optional.of("a letter followed by letters, digits, _ or -");
        }
        Matcher prefixAndDigits = Pattern.compile("([A-Za-z]+)\\[0-9\\]\\+").matcher(pattern);
        if (prefixAndDigits.matches()) {
            String prefix = prefixAndDigits.group(1);
            return Optional.of("`" + prefix + "` followed by digits, like `" + prefix + "07`");
        }
        return Optional.empty();
    }
}
