package org.cyberarms.advisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cyberarms.advisor.model.Dimension;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.Scale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads {@code maturity-model.yaml}: the provenance, the ordered levels, the dimensions, the status scale, the
 * optional reliance scale and the optional {@code pack:} section ({@link PackReader}). Names must be single words, because elements files and rule files refer to them.
 */
final class MaturityModelReader {

    static final String FILE_NAME = "maturity-model.yaml";

    /** Scale step names and dimension ids appear as YAML words in elements files and as strings in rules. */
    static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    private static final String WORD_RULE = "a single word (letters, digits, `-` and `_`) that starts with a letter";

    private final LocatedYaml document;
    private final NodeReader reader;
    private final Problems problems;

    MaturityModelReader(LocatedYaml document, Problems problems) {
        this.document = document;
        this.problems = problems;
        this.reader = new NodeReader(document.file(), problems);
    }

    ModelParts read() {
        Optional<Fields> top = reader.fields(document.root(), "the maturity model file",
                Keys.required("provenance", "levels", "dimensions", "statuses").withOptional("reliances", PackReader.KEY),
                Optional.empty());
        if (top.isEmpty()) {
            return ModelParts.unreadable(document.file());
        }
        Fields fields = top.get();
        return new ModelParts(document.file(),
                part(fields, "levels", e -> scale(e, "level")),
                part(fields, "dimensions", this::dimensions),
                part(fields, "statuses", e -> scale(e, "status")),
                fields.entry("reliances").isPresent() ? part(fields, "reliances", e -> scale(e, "reliance"))
                        : Optional.of(new Scale("reliances", List.of())),
                part(fields, "provenance", e -> new ProvenanceReader(reader).read(e)),
                words(fields, "dimensions", "id"),
                words(fields, "statuses", "name"),
                fields.entry("reliances").isPresent() ? words(fields, "reliances", "name") : Optional.of(List.of()),
                fields.entry(PackReader.KEY).isPresent() ? part(fields, PackReader.KEY, new PackReader(reader)::read)
                        : Optional.of(PackReader.absent()));
    }

    /**
     * The {@code key} of every item of a list, when each is a well-written word; empty otherwise. Reports
     * nothing: the full reading of the same part does that.
     */
    private static Optional<List<String>> words(Fields fields, String list, String key) {
        Optional<Node> value = fields.value(list);
        if (value.isEmpty() || !(value.get() instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            Optional<String> word = Optional.empty();
            if (item instanceof MappingNode mapping) {
                word = mapping.getValue().stream()
                        .filter(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key))
                        .map(NodeTuple::getValueNode)
                        .filter(v -> v instanceof ScalarNode s && s.getTag().equals(Tag.STR)
                                && WORD.matcher(s.getValue()).matches())
                        .map(v -> ((ScalarNode) v).getValue())
                        .findFirst();
            }
            if (word.isEmpty()) {
                return Optional.empty();
            }
            if (!words.contains(word.get())) {
                words.add(word.get());
            }
        }
        return Optional.of(words);
    }

    /** A part counts as read only if reading it raised no problem at all. */
    private <T> Optional<T> part(Fields fields, String key, Function<Fields.Entry, Optional<T>> read) {
        Optional<Fields.Entry> entry = fields.entry(key);
        if (entry.isEmpty()) {
            return Optional.empty();
        }
        long before = problems.countIn(document.file());
        Optional<T> value = read.apply(entry.get());
        return problems.countIn(document.file()) == before ? value : Optional.empty();
    }

    private Optional<Scale> scale(Fields.Entry entry, String stepNoun) {
        Optional<List<Node>> items = reader.nonEmptyList(entry.value(), "`" + entry.name() + "`");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Scale.Step> steps = new ArrayList<>();
        Map<String, Node> firstByName = new HashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            String where = stepNoun + " " + (i + 1) + " of `" + entry.name() + "`";
            Optional<Fields> fields = reader.fields(items.get().get(i), where, Keys.required("name", "meaning"),
                    Optional.empty());
            if (fields.isEmpty()) {
                continue;
            }
            Optional<String> name = fields.get().value("name").flatMap(node -> uniqueWord(node,
                    "`name` of " + where, stepNoun + " `%s` is listed twice in `" + entry.name() + "`", firstByName));
            Optional<String> meaning = fields.get().value("meaning")
                    .flatMap(node -> reader.text(node, "`meaning` of " + where));
            if (name.isPresent() && meaning.isPresent()) {
                steps.add(new Scale.Step(name.get(), meaning.get()));
            }
        }
        return Optional.of(new Scale(entry.name(), steps));
    }

    private Optional<List<Dimension>> dimensions(Fields.Entry entry) {
        Optional<List<Node>> items = reader.nonEmptyList(entry.value(), "`dimensions`");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<Dimension> dimensions = new ArrayList<>();
        Map<String, Node> firstById = new HashMap<>();
        for (int i = 0; i < items.get().size(); i++) {
            String where = "dimension " + (i + 1) + " of `dimensions`";
            Optional<Fields> fields = reader.fields(items.get().get(i), where,
                    Keys.required("id", "name", "meaning"), Optional.empty());
            if (fields.isEmpty()) {
                continue;
            }
            Optional<String> id = fields.get().value("id").flatMap(node -> uniqueWord(node,
                    "`id` of " + where, "dimension id `%s` is listed twice in `dimensions`", firstById));
            Optional<String> name = fields.get().value("name").flatMap(node -> reader.text(node, "`name` of " + where));
            Optional<String> meaning = fields.get().value("meaning")
                    .flatMap(node -> reader.text(node, "`meaning` of " + where));
            if (id.isPresent() && name.isPresent() && meaning.isPresent()) {
                dimensions.add(new Dimension(id.get(), name.get(), meaning.get()));
            }
        }
        return Optional.of(dimensions);
    }

    /** A single word not used before in the same list; a repeat is reported where it is, naming the first. */
    private Optional<String> uniqueWord(Node node, String what, String repeatedMessage, Map<String, Node> firstByWord) {
        Optional<String> word = reader.matching(node, what, WORD, WORD_RULE, Optional.empty());
        if (word.isEmpty()) {
            return word;
        }
        Node first = firstByWord.putIfAbsent(word.get(), node);
        if (first != null) {
            reader.problem(node, String.format(repeatedMessage, word.get()) + "; the first is on line "
                    + (first.getStartMark().getLine() + 1), Optional.of("Each name may appear only once"));
            return Optional.empty();
        }
        return word;
    }
}
