package org.cyberarms.advisor.knowledge;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads values of an expected shape out of one file's node tree. Every mismatch is reported, at the node
 * itself, to the run's {@link Problems}, and the result is then empty; callers only describe what they
 * expect ({@code what} names the value as an analyst would: "`name` in element E03").
 */
public final class NodeReader {

    /** Four-digit year, so that LocalDate's signed and five-digit years are not taken for dates. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String file;
    private final Problems problems;

    public NodeReader(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    /** Reports a problem at a node of this file. */
    public void problem(Node at, String message, Optional<String> hint) {
        problems.at(file, at, message, hint);
    }

    /** Non-blank text. Numbers, yes/no values and dates are refused: an analyst would not expect the conversion. */
    public Optional<String> text(Node node, String what) {
        return scalar(node, what, Tag.STR);
    }

    /**
     * A calendar date written YYYY-MM-DD, quoted or not ({@code 2026-11-26}), kept exactly as written; the
     * published schemas ask for the same, so an editor and the advisor agree on what a date is.
     */
    public Optional<String> date(Node node, String what) {
        Optional<String> value = scalar(node, what, Tag.STR, Tag.TIMESTAMP);
        if (value.isPresent() && !isCalendarDate(value.get())) {
            problem(node, what + " is `" + value.get() + "`; it should be a date written as YYYY-MM-DD, for example"
                    + " 2026-11-26", Optional.empty());
            return Optional.empty();
        }
        return value;
    }

    private static boolean isCalendarDate(String text) {
        if (!YEAR_MONTH_DAY.matcher(text).matches()) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADay) {
            return false;
        }
    }

    /**
     * A whole number; {@code 1.0} counts as 1, as JSON Schema validators (and the published schemas) take it.
     * {@code expected} completes "it should be ..." for the value this number stands for.
     */
    public Optional<Integer> wholeNumber(Node node, String what, String expected) {
        if (node instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                return Optional.of(new BigDecimal(scalar.getValue().replace("+", "")).intValueExact());
            } catch (NumberFormatException | ArithmeticException notWhole) {
                problem(node, what + " is " + scalar.getValue() + "; it should be " + expected, Optional.empty());
                return Optional.empty();
            }
        }
        problem(node, what + " should be " + expected, Optional.empty());
        return Optional.empty();
    }

    /** Text matching {@code pattern}; {@code rule} says in words what the pattern asks for. */
    public Optional<String> matching(Node node, String what, Pattern pattern, String rule, Optional<String> hint) {
        Optional<String> value = text(node, what);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            problem(node, what + " is `" + value.get() + "`; it should be " + rule, hint);
            return Optional.empty();
        }
        return value;
    }

    /**
     * Text that must be one of {@code allowed}. {@code listName} completes "which is not ..." (for example
     * "on the status scale"); the hint suggests the closest allowed word, else {@code whereDefined}.
     */
    public Optional<String> oneOf(Node node, String what, List<String> allowed, String listName,
            Optional<String> whereDefined) {
        Optional<String> value = text(node, what);
        if (value.isPresent() && !allowed.contains(value.get())) {
            problem(node, what + " is `" + value.get() + "`, which is not " + listName + " ("
                    + String.join(", ", allowed) + ")",
                    Suggestions.didYouMean(value.get(), allowed).or(() -> whereDefined));
            return Optional.empty();
        }
        return value;
    }

    public Optional<List<Node>> list(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        wrongType(node, what, "a list");
        return Optional.empty();
    }

    /** A list with at least one item. */
    public Optional<List<Node>> nonEmptyList(Node node, String what) {
        Optional<List<Node>> items = list(node, what);
        if (items.isPresent() && items.get().isEmpty()) {
            problem(node, what + " is an empty list; it needs at least one entry", Optional.empty());
            return Optional.empty();
        }
        return items;
    }

    /**
     * A mapping whose keys are checked against {@code keys}: unknown keys (with a suggestion), repeated keys
     * (at the repeat, naming the first) and missing required keys (at {@code introducedBy}, the key that
     * introduces this mapping, or at the mapping itself when nothing introduces it) are all reported. The
     * fields are returned even when some keys were wrong, so that their values can still be checked.
     */
    public Optional<Fields> fields(Node node, String what, Keys keys, Optional<Node> introducedBy) {
        if (!(node instanceof MappingNode mapping)) {
            wrongType(node, what, "a mapping of `key: value` lines");
            return Optional.empty();
        }
        List<Fields.Entry> entries = new ArrayList<>();
        Map<String, ScalarNode> seen = new HashMap<>();
        Set<String> suggested = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problem(tuple.getKeyNode(), "a key in " + what + " is " + kindOf(tuple.getKeyNode())
                        + "; keys should be single words", Optional.empty());
                continue;
            }
            String name = key.getValue();
            if (seen.containsKey(name)) {
                problem(key, "key `" + name + "` appears twice in " + what + "; the first is on line "
                        + (seen.get(name).getStartMark().getLine() + 1), Optional.of("Keep only one of them"));
                continue;
            }
            seen.put(name, key);
            if (!keys.allows(name)) {
                Optional<String> closest = Suggestions.closest(name, keys.allowed());
                closest.ifPresent(suggested::add);
                problem(key, "unknown key `" + name + "` in " + what + "; expected one of: "
                        + String.join(", ", keys.allowed()),
                        closest.map(c -> "Did you mean `" + c + "`?").or(keys::unknownHint));
                continue;
            }
            entries.add(new Fields.Entry(name, key, tuple.getValueNode()));
        }
        Node missingAt = introducedBy.orElse(mapping);
        for (String required : keys.required()) {
            // A misspelt key was already reported with this key as its suggestion: once is enough.
            if (!seen.containsKey(required) && !suggested.contains(required)) {
                problem(missingAt, "missing key `" + required + "` in " + what, keys.missingHint());
            }
        }
        return Optional.of(new Fields(mapping, entries));
    }

    private Optional<String> scalar(Node node, String what, Tag... accepted) {
        if (node instanceof ScalarNode scalar && List.of(accepted).contains(scalar.getTag())) {
            if (scalar.getValue().isBlank()) {
                problem(node, what + " is blank; it needs text", Optional.empty());
                return Optional.empty();
            }
            return Optional.of(scalar.getValue());
        }
        wrongType(node, what, "text");
        return Optional.empty();
    }

    private void wrongType(Node node, String what, String expected) {
        Optional<String> hint = Optional.empty();
        if (expected.equals("text") && node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL)) {
            hint = Optional.of("If it is meant as text, put it in quotes: \"" + scalar.getValue() + "\"");
        }
        if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) {
            problem(node, what + " has no value; it should be " + expected, hint);
        } else {
            problem(node, what + " should be " + expected + ", not " + kindOf(node), hint);
        }
    }

    /** How an analyst would call what they wrote. */
    static String kindOf(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = scalar.getTag();
        if (tag.equals(Tag.STR)) {
            return "text";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return "a number (" + scalar.getValue() + ")";
        }
        if (tag.equals(Tag.BOOL)) {
            return "a yes/no value (" + scalar.getValue() + ")";
        }
        if (tag.equals(Tag.TIMESTAMP)) {
            return "a date (" + scalar.getValue() + ")";
        }
        if (tag.equals(Tag.NULL)) {
            return "empty";
        }
        return "a value tagged " + tag.getValue();
    }
}
