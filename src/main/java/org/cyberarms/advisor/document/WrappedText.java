package org.cyberarms.advisor.document;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps prose to a column width with a hanging indent; line breaks in the input become spaces. */
public final class WrappedText {

    private WrappedText() {}

    /**
     * @param first prefix of the first line (e.g. {@code "  - "})
     * @param rest  prefix of the following lines, usually spaces as wide as {@code first}
     * @return the wrapped lines, without line breaks; a word longer than the width gets a line of its own
     */
    public static List<String> wrap(String text, int width, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
            }
            line.append(word);
            empty = false;
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
