package org.cyberarms.advisor.knowledge;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.cyberarms.advisor.files.InputFile;
import org.cyberarms.advisor.files.UnreadableFileException;
import org.cyberarms.advisor.model.SourceFile;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * One YAML file read into SnakeYAML's node tree, whose every node carries the line and column it was
 * written at, so that a problem can point at the offending key or value itself. Reading never changes
 * the file.
 *
 * <p>Anchors and aliases ({@code &name}, {@code *name}) are refused before the tree is built: they make
 * a file hard to read for analysts, and an alias bomb would otherwise multiply the work of every check.
 * Size is bounded too (bytes and code points).
 */
public final class LocatedYaml {

    /**
     * Far beyond any hand-written knowledge or scenario file (the bundled elements file is about 12 kB, 660
     * characters an element), yet room for about 12,000 elements written as the bundled ones are: the advisor
     * promises 5,000 (BENCHMARKS.md, "Scale"), which take about 3.3 million characters.
     */
    public static final int DEFAULT_MAX_CODE_POINTS = 8 * 1024 * 1024;

    /** A backstop only: the event scan below refuses every alias before SnakeYAML could expand one. */
    private static final int MAX_ALIASES_FOR_COLLECTIONS = 10;

    /** SnakeYAML's default limit for the tree; knowledge files need about six levels. */
    private static final int MAX_NESTING = 50;

    /** Enough to show an analyst the pattern without flooding the report. */
    private static final int MAX_ALIAS_PROBLEMS = 5;

    private final String file;
    private final Node root;
    private final SourceFile source;

    private LocatedYaml(String file, Node root, SourceFile source) {
        this.file = file;
        this.root = root;
        this.source = source;
    }

    /** Reads {@code path}; every problem found goes to {@code problems}, and the result is then empty. */
    public static Optional<LocatedYaml> read(Path path, Problems problems) {
        return read(path, problems, DEFAULT_MAX_CODE_POINTS);
    }

    static Optional<LocatedYaml> read(Path path, Problems problems, int maxCodePoints) {
        String file = path.toString();
        byte[] bytes;
        try {
            // Each code point takes at most 4 bytes: an oversized file is refused by its size, before it is read;
            // a FIFO or device is refused before it is opened (InputFile).
            bytes = InputFile.readBytes(path, 4L * maxCodePoints, maxCodePoints + " characters");
        } catch (UnreadableFileException e) {
            problems.inFile(file, e.reason());
            return Optional.empty();
        }
        SourceFile source = new SourceFile(file, sha256(bytes));
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int codePoints = text.get().codePointCount(0, text.get().length());
        if (codePoints > maxCodePoints) {
            problems.inFile(file, "file has " + codePoints + " characters, more than the limit of " + maxCodePoints);
            return Optional.empty();
        }
        Yaml yaml = new Yaml(loaderOptions(maxCodePoints));
        try {
            if (refuseAnchorsAndAliases(file, yaml, text.get(), problems)) {
                return Optional.empty();
            }
            Node root = yaml.compose(new StringReader(text.get()));
            if (root == null) {
                problems.at(file, 1, 1, "the file is empty (or holds only comments)", Optional.empty());
                return Optional.empty();
            }
            return Optional.of(new LocatedYaml(file, root, source));
        } catch (MarkedYAMLException e) {
            reportSyntaxError(file, e, problems);
        } catch (ReaderException e) {
            int[] lineColumn = lineAndColumn(text.get(), e.getPosition());
            problems.at(file, lineColumn[0], lineColumn[1], String.format(
                    "the file holds a character YAML does not allow (U+%04X); is it a text file?", e.getCodePoint()),
                    Optional.empty());
        } catch (YAMLException e) {
            problems.inFile(file, "cannot be read as YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The file as the analyst named it, for problem reports. */
    public String file() {
        return file;
    }

    public Node root() {
        return root;
    }

    /** The file's name and the SHA-256 of the bytes read. */
    public SourceFile source() {
        return source;
    }

    private static LoaderOptions loaderOptions(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(maxCodePoints);
        options.setAllowDuplicateKeys(false);
        return options;
    }

    /**
     * Scans the parser's events (no tree, no expansion) and reports every anchor and alias, and nesting
     * deeper than the tree may hold (located here, at the collection that goes too deep, since the tree
     * builder's own refusal names no place); true if any.
     */
    private static boolean refuseAnchorsAndAliases(String file, Yaml yaml, String text, Problems problems) {
        int found = 0;
        int depth = 0;
        for (Event event : yaml.parse(new StringReader(text))) {
            if (event instanceof CollectionStartEvent) {
                depth++;
                if (depth > MAX_NESTING) {
                    problems.at(file, event.getStartMark(), "values are nested more than " + MAX_NESTING
                            + " levels deep", Optional.of("Knowledge files need a few levels; check the brackets"));
                    return true;
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            if (event instanceof NodeEvent nodeEvent && nodeEvent.getAnchor() != null) {
                found++;
                if (found <= MAX_ALIAS_PROBLEMS) {
                    String written = (event instanceof AliasEvent ? "*" : "&") + nodeEvent.getAnchor();
                    String kind = event instanceof AliasEvent ? "alias" : "anchor";
                    problems.at(file, event.getStartMark(), "YAML " + kind + " `" + written
                            + "` is not allowed in knowledge files",
                            Optional.of("Write the value out in full where it is used"));
                }
            }
        }
        return found > 0;
    }

    private static void reportSyntaxError(String file, MarkedYAMLException e, Problems problems) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        // SnakeYAML spells a tab as "\t(TAB)"; analysts read "tab".
        StringBuilder message = new StringBuilder("not valid YAML: ")
                .append(String.valueOf(e.getProblem()).replace("\\t(TAB)", "tab"));
        if (e.getContext() != null && e.getContextMark() != null) {
            message.append(" (").append(e.getContext()).append(" that starts at line ")
                    .append(e.getContextMark().getLine() + 1).append(", column ")
                    .append(e.getContextMark().getColumn() + 1).append(')');
        }
        if (mark == null) {
            problems.inFile(file, message.toString());
        } else {
            problems.at(file, mark, message.toString(), hintFor(e.getProblem()));
        }
    }

    /** Plain-English advice for the syntax errors analysts make most. */
    private static Optional<String> hintFor(String problem) {
        if (problem == null) {
            return Optional.empty();
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return Optional.of("If a value contains `: `, put the whole value in quotes");
        }
        if (problem.contains("\\t(TAB)")) {
            return Optional.of("Indent with spaces, not tabs");
        }
        if (problem.startsWith("but found another document")) {
            return Optional.of("A knowledge file holds one document: remove the `---` line");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return Optional.of("Each line of a mapping needs a `key: value` pair; check the indentation");
        }
        return Optional.empty();
    }

    /** Strict UTF-8 (a leading byte-order mark is allowed); a file in another encoding is located and refused. */
    private static Optional<String> decode(String file, byte[] bytes, Problems problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int[] lineColumn = lineAndColumn(lenient, lenient.codePointCount(0, lenient.indexOf('\uFFFD')));
            problems.at(file, lineColumn[0], lineColumn[1],
                    "the file is not UTF-8 text", Optional.of("Save it as UTF-8 in your editor"));
            return Optional.empty();
        }
    }

    /** 1-based line and column of the code point at {@code codePointIndex}. */
    private static int[] lineAndColumn(String text, int codePointIndex) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointIndex; index++) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
