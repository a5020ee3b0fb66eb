package org.cyberarms.advisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light reading of a rule file's text, outside comments and strings: where each rule is declared and
 * whether it has its {@code end}, and where a comment or a string opens that is not closed. Drools' parser
 * reports these mistakes where it gives up, often a rule or a screen further down; this says where the
 * analyst must look.
 */
final class RuleSourceScan {

    /** A 1-based line and column. */
    record Position(int line, int column) {}

    /**
     * A block that must close with {@code end} ({@code rule}, {@code query} or {@code declare}).
     *
     * @param name  the rule's name as Drools knows it (quotes removed)
     * @param at    where its keyword is
     * @param ended whether its {@code end} comes before the next block or the end of the file
     */
    record Block(String keyword, String name, Position at, boolean ended) {}

    private static final Pattern BLOCK_START =
            Pattern.compile("(rule|query|declare)\\s+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|([^\\s\"']+))");
    private static final Pattern END = Pattern.compile("end(?![\\w$])");

    private final List<Block> blocks;
    private final Optional<Position> unclosedComment;
    private final Optional<Position> unclosedString;

    private RuleSourceScan(List<Block> blocks, Optional<Position> unclosedComment, Optional<Position> unclosedString) {
        this.blocks = blocks;
        this.unclosedComment = unclosedComment;
        this.unclosedString = unclosedString;
    }

    /** The rules, queries and type declarations of the file, in file order. */
    List<Block> blocks() {
        return blocks;
    }

    /** The rules of the file, in file order. */
    List<Block> rules() {
        return blocks.stream().filter(b -> b.keyword().equals("rule")).toList();
    }

    /** Where a {@code /*} comment opens that the file never closes. */
    Optional<Position> unclosedComment() {
        return unclosedComment;
    }

    /** Where the first string opens that is never closed, or is "closed" by the opening quote of another. */
    Optional<Position> unclosedString() {
        return unclosedString;
    }

    static RuleSourceScan of(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Position commentStart = null;
        Position stringStart = null;
        Position firstOpenString = null;
        char quote = 0;
        Block open = null;
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            boolean lineStart = true;
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (commentStart != null) {
                    if (ch == '*' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                        commentStart = null;
                        c++;
                    }
                    continue;
                }
                if (quote != 0) {
                    if (ch == '\\') {
                        c++;
                    } else if (ch == quote) {
                        // A string may span lines (a long @rationale), but one that ends right before a word
                        // was a quote left open: its "end" is the opening quote of the next string.
                        boolean wordFollows = c + 1 < line.length() && Character.isLetterOrDigit(line.charAt(c + 1));
                        if (stringStart.line() < l + 1 && wordFollows && firstOpenString == null) {
                            firstOpenString = stringStart;
                        }
                        quote = 0;
                        stringStart = null;
                    }
                    continue;
                }
                if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                    break;
                }
                if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '*') {
                    commentStart = new Position(l + 1, c + 1);
                    c++;
                    continue;
                }
                if (ch == '"' || ch == '\'') {
                    quote = ch;
                    stringStart = new Position(l + 1, c + 1);
                    lineStart = false;
                    continue;
                }
                if (Character.isWhitespace(ch)) {
                    continue;
                }
                if (lineStart) {
                    Matcher block = BLOCK_START.matcher(line).region(c, line.length());
                    if (block.lookingAt()) {
                        if (open != null) {
                            blocks.add(open);
                        }
                        open = new Block(block.group(1), name(block), new Position(l + 1, c + 1), false);
                    } else if (open != null && END.matcher(line).region(c, line.length()).lookingAt()) {
                        blocks.add(new Block(open.keyword(), open.name(), open.at(), true));
                        open = null;
                    }
                }
                lineStart = false;
            }
        }
        if (quote != 0 && firstOpenString == null) {
            firstOpenString = stringStart; // still open at the end of the file
        }
        if (open != null) {
            blocks.add(open);
        }
        return new RuleSourceScan(List.copyOf(blocks), Optional.ofNullable(commentStart),
                Optional.ofNullable(firstOpenString));
    }

    private static String name(Matcher block) {
        if (block.group(2) != null) {
            return block.group(2).replace("\\\"", "\"");
        }
        return block.group(3) != null ? block.group(3) : block.group(4);
    }
}
