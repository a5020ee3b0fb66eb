package org.cyberarms.advisor.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.cyberarms.advisor.model.Pack;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the optional {@code pack:} section of the model file: the pack's title, subject, introduction, words,
 * element id pattern, rounds, required element fields and glossary. A key left out takes its generic default
 * ({@link Pack#defaults()}), except {@code rounds}, which the elements then give (see {@code ElementsReader}); a key
 * written wrong is reported at the word, as everywhere else.
 */
final class PackReader {

    static final String KEY = "pack";

    private static final List<String> KEYS = List.of("title", "subject", "introduction", "words", "element_ids",
            "rounds", "required_fields", "glossary");
    private static final List<String> WORD_KEYS = List.of("element", "elements", "dimension", "dimensions");

    private final NodeReader reader;

    PackReader(NodeReader reader) {
        this.reader = reader;
    }

    /** The pack a model file without a {@code pack:} section describes. */
    static ReadPack absent() {
        return new ReadPack(Pack.defaults(), Optional.empty(), Optional.empty());
    }

    /** The pack, or empty when any of its keys was written wrong (every problem is reported). */
    Optional<ReadPack> read(Fields.Entry entry) {
        Pack defaults = Pack.defaults();
        String where = "`pack`";
        Optional<Fields> fields = reader.fields(entry.value(), where,
                Keys.optional(KEYS), Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        Optional<String> title = text(f, "title", defaults.title());
        Optional<String> subject = text(f, "subject", defaults.subject());
        Optional<String> introduction = text(f, "introduction", defaults.introduction());
        Optional<Pack.Words> words = f.entry("words").isPresent() ? f.entry("words").flatMap(this::words)
                : Optional.of(defaults.words());
        Optional<Pattern> ids = f.value("element_ids").isPresent() ? f.value("element_ids").flatMap(this::pattern)
                : Optional.of(defaults.elementIds());
        Optional<Integer> rounds = f.value("rounds").isPresent() ? f.value("rounds").flatMap(this::rounds)
                : Optional.of(defaults.rounds());
        Optional<List<String>> required = f.value("required_fields").isPresent()
                ? f.value("required_fields").flatMap(this::requiredFields) : Optional.of(defaults.requiredFields());
        Optional<List<Pack.Term>> glossary = f.value("glossary").isPresent()
                ? f.value("glossary").flatMap(this::glossary) : Optional.of(defaults.glossary());
        if (title.isEmpty() || subject.isEmpty() || introduction.isEmpty() || words.isEmpty() || ids.isEmpty()
                || rounds.isEmpty() || required.isEmpty() || glossary.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadPack(new Pack(title.get(), subject.get(), introduction.get(), words.get(),
                ids.get(), rounds.get(), f.value("rounds").isPresent(), required.get(), glossary.get()),
                f.value("element_ids").map(PackReader::line), f.value("rounds").map(PackReader::line)));
    }

    private Optional<String> text(Fields fields, String key, String fallback) {
        return fields.value(key).isPresent()
                ? fields.value(key).flatMap(node -> reader.text(node, "`" + key + "` in `pack`"))
                : Optional.of(fallback);
    }

    private Optional<Pack.Words> words(Fields.Entry entry) {
        Pack.Words defaults = Pack.Words.defaults();
        Optional<Fields> fields = reader.fields(entry.value(), "`words` in `pack`",
                Keys.optional(WORD_KEYS), Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<String>> nouns = List.of(
                noun(fields.get(), "element", defaults.element()), noun(fields.get(), "elements", defaults.elements()),
                noun(fields.get(), "dimension", defaults.dimension()),
                noun(fields.get(), "dimensions", defaults.dimensions()));
        if (nouns.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(new Pack.Words(nouns.get(0).get(), nouns.get(1).get(), nouns.get(2).get(),
                nouns.get(3).get()));
    }

    private Optional<String> noun(Fields fields, String key, String fallback) {
        return fields.value(key).isPresent()
                ? fields.value(key).flatMap(node -> reader.text(node, "`" + key + "` in the `words` of `pack`"))
                : Optional.of(fallback);
    }

    /** A Java regular expression; one that does not compile is reported at the expression, saying why. */
    private Optional<Pattern> pattern(Node node) {
        String what = "`element_ids` in `pack`";
        Optional<String> written = reader.text(node, what);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Pattern.compile(written.get()));
        } catch (PatternSyntaxException e) {
            String near = e.getIndex() >= 0 && e.getIndex() < written.get().length()
                    ? " near character " + (e.getIndex() + 1) + " (`" + written.get().charAt(e.getIndex()) + "`)"
                    : "";
            reader.problem(node, what + " is `" + written.get() + "`, which is not a pattern the advisor can read: "
                    + e.getDescription().toLowerCase(Locale.ROOT) + near,
                    Optional.of("Write a regular expression such as \"[A-Za-z][A-Za-z0-9_-]*\" (the default) or"
                            + " \"E[0-9]+\"; put it in quotes"));
            return Optional.empty();
        }
    }

    private Optional<Integer> rounds(Node node) {
        String what = "`rounds` in `pack`";
        String expected = "how many rounds of scoring each assessment has, a whole number from 1";
        Optional<Integer> rounds = reader.wholeNumber(node, what, expected);
        if (rounds.isPresent() && rounds.get() < 1) {
            reader.problem(node, what + " is " + rounds.get() + "; it should be " + expected, Optional.empty());
            return Optional.empty();
        }
        return rounds;
    }

    private Optional<List<String>> requiredFields(Node node) {
        String what = "`required_fields` in `pack`";
        Optional<List<Node>> items = reader.list(node, what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        int read = 0;
        for (int i = 0; i < items.get().size(); i++) {
            Optional<String> field = reader.oneOf(items.get().get(i), "entry " + (i + 1) + " of " + what,
                    Pack.OPTIONAL_FIELDS, "an element field a pack can require",
                    Optional.of("id, name and dimensions are always required"));
            if (field.isPresent()) {
                read++;
                if (!fields.contains(field.get())) {
                    fields.add(field.get());
                }
            }
        }
        return read == items.get().size() ? Optional.of(fields) : Optional.empty();
    }

    private Optional<List<Pack.Term>> glossary(Node node) {
        String what = "`glossary` in `pack`";
        Optional<List<Node>> items = reader.list(node, what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Pack.Term> terms = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            String entry = "entry " + (i + 1) + " of " + what;
            Optional<Fields> fields = reader.fields(items.get().get(i), entry, Keys.required("term", "meaning"),
                    Optional.empty());
            Optional<String> term = fields.flatMap(f -> f.value("term")).flatMap(n -> reader.text(n, "`term` of " + entry));
            Optional<String> meaning = fields.flatMap(f -> f.value("meaning"))
                    .flatMap(n -> reader.text(n, "`meaning` of " + entry));
            if (term.isPresent() && meaning.isPresent()) {
                terms.add(new Pack.Term(term.get(), meaning.get()));
            }
        }
        return terms.size() == items.get().size() ? Optional.of(terms) : Optional.empty();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /**
     * The pack, and the lines that set its id pattern and rounds, for messages about elements that break them.
     */
    record ReadPack(Pack pack, Optional<Integer> elementIdsLine, Optional<Integer> roundsLine) {}
}
