package org.cyberarms.advisor.document;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes text from the knowledge and rule files safe to place in CommonMark: it always reads as the literal
 * text the analyst wrote, never as emphasis, a link, HTML, a heading, a list or a table cell break.
 */
public final class MarkdownText {

    /** Characters that start inline markup or HTML, and {@code |}, which ends a table cell ({@code >} only matters at a line start). */
    private static final Pattern INLINE = Pattern.compile("[\\\\`*_\\[\\]<|&~]");
    /** Openings that would make the text a block of its own (heading, quote, list item, rule). */
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+=-]|\\d+(?=[.)]))");

    private MarkdownText() {}

    /** One line of literal text: whitespace (line breaks included) collapsed, markup characters escaped. */
    public static String escape(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        String escaped = INLINE.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        Matcher block = BLOCK_START.matcher(escaped);
        if (block.find()) {
            String lead = block.group(1);
            // "1." must become "1\." ; a punctuation mark gets its backslash in front
            return Character.isDigit(lead.charAt(0))
                    ? lead + "\\" + escaped.substring(lead.length())
                    : "\\" + escaped;
        }
        return escaped;
    }

    /** A code fence longer than any run of backticks in {@code text} (at least three). */
    public static String fenceFor(String text) {
        return "`".repeat(Math.max(3, longestBacktickRun(text) + 1));
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher runs = Pattern.compile("`+").matcher(text);
        while (runs.find()) {
            longest = Math.max(longest, runs.group().length());
        }
        return longest;
    }

    /** Literal text as inline code, with a fence longer than any run of backticks inside it. */
    public static String code(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        String fence = "`".repeat(longestBacktickRun(oneLine) + 1);
        String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }
}
