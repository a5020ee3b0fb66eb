package org.cyberarms.advisor.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The hypothetical an answer was computed under. A document that carries one is not the assessment, and
 * every backend says so first: the opening lines of text and Markdown, a banner on HTML's first screen, a
 * top-level {@code scenario} object in JSON.
 *
 * @param name        the scenario's name, or {@code --set} when the changes came from the command line only
 * @param description what the scenario supposes, in the analyst's words; may be empty
 * @param changes     every change it makes, in the order given
 */
public record WhatIf(String name, Optional<String> description, List<Change> changes) {

    public WhatIf {
        Objects.requireNonNull(name);
        Objects.requireNonNull(description);
        changes = List.copyOf(changes);
    }

    /**
     * One changed value.
     *
     * @param element        element id ({@code E03})
     * @param dimension      dimension id as in the files ({@code verification})
     * @param dimensionLabel the model's label ({@code Verification})
     * @param field          what changed: {@code status} or {@code reliance}
     * @param from           the assessment's value
     * @param to             the what-if's value
     * @param scenarios      the scenarios that make this change, when several are compared each on its own
     *                       ({@code advisor whatif a b}); empty when the what-if makes every change it lists
     */
    public record Change(String element, String dimension, String dimensionLabel, String field, String from,
            String to, List<String> scenarios) {

        public Change {
            scenarios = List.copyOf(scenarios);
        }

        /** A change the what-if as a whole makes. */
        public Change(String element, String dimension, String dimensionLabel, String field, String from, String to) {
            this(element, dimension, dimensionLabel, field, from, to, List.of());
        }

        /** The same change, made by these scenarios of a comparison. */
        public Change in(List<String> made) {
            return new Change(element, dimension, dimensionLabel, field, from, to, made);
        }

        /**
         * {@code E03 Verification status: none -> partial}, and, in a comparison of several scenarios, which of
         * them make it: {@code E03 Verification status: none -> partial (in attribution-mechanism)}.
         */
        public String sentence() {
            return element + " " + dimensionLabel + " " + field + ": " + from + " -> " + to
                    + (scenarios.isEmpty() ? "" : " (in " + String.join(", ", scenarios) + ")");
        }
    }

    /** The first line every text format prints. */
    public static final String HEADLINE = "WHAT-IF — not the assessment";
}
