package org.cyberarms.advisor.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wraps prose to a column width with a hanging indent; line breaks in the input become spaces. A word
 * too long for a line breaks after one of its hyphens ({@code great-power-} / {@code endorsement}), never
 * inside a part, so that a name is never cut mid-word.
 */
public final class WrappedText {

    private WrappedText() {}

    /**
     * @param first prefix of the first line (e.g. {@code "  - "})
     * @param rest  prefix of the following lines, usually spaces as wide as {@code first}
     * @return the wrapped lines, without line breaks; a word longer than the width, with no hyphen to break
     *         at, gets a line of its own
     */
    public static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            List<String> parts = word.length() > width - rest.length() ? parts(word) : List.of(word);
            for (int p = 0; p < parts.size(); p++) {
                boolean joined = p > 0 && !empty; // a part after a hyphen goes on without a space
                if (!empty && line.length() + (joined ? 0 : 1) + parts.get(p).length() > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(rest);
                    empty = true;
                    joined = false;
                }
                if (!empty && !joined) {
                    line.append(' ');
                }
                line.append(parts.get(p));
                empty = false;
            }
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }

    /** A word cut after each hyphen: {@code great-power-endorsement} is {@code great-}, {@code power-}, {@code endorsement}. */
    static List<String> parts(String word) {
        return List.of(word.split("(?<=-)(?=.)"));
    }
}
