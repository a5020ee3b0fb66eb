package org.cyberarms.advisor.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.cyberarms.advisor.knowledge.Fields;
import org.cyberarms.advisor.knowledge.Keys;
import org.cyberarms.advisor.knowledge.LocatedYaml;
import org.cyberarms.advisor.knowledge.NodeReader;
import org.cyberarms.advisor.knowledge.Suggestions;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.Provenance;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads one scenario file's node tree; every problem goes to the run's problems, at its node. */
final class ScenarioFileReader {

    private static final String RAISE = "a whole number of steps (e.g. 1, 2 or -1)";
    private static final String PANELLIST = "the panellist's place in the panel, a whole number from 1";
    private static final List<String> SET_KEYS = List.of("element", "elements", "dimension", "status", "raise",
            "reliance", "where_reliance");
    private static final List<String> KINDS = List.of("add_element", "remove_element", "panel_score");

    private final LocatedYaml yaml;
    private final NodeReader reader;

    ScenarioFileReader(LocatedYaml yaml, NodeReader reader) {
        this.yaml = yaml;
        this.reader = reader;
    }

    Optional<Fields> topFields() {
        return reader.fields(yaml.root(), "the scenario file",
                Keys.required("name", "description", "author", "rationale", "provenance", "changes")
                        .withOptional("extends"), Optional.empty());
    }

    /** The scenario's name, which must be its file's name without {@code .yaml}: that is how it is found. */
    Optional<String> name(Fields fields, String stem) {
        Optional<Node> node = fields.value("name");
        Optional<String> name = node.flatMap(n -> reader.text(n, "`name`"));
        if (name.isPresent() && !name.get().equals(stem)) {
            reader.problem(node.get(), "`name` is `" + name.get() + "`, but the file is " + stem + ".yaml",
                    Optional.of("Scenarios are found by file name: write `name: " + stem + "` or rename the file"));
            return Optional.empty();
        }
        return name;
    }

    Optional<Scenario> scenario(Fields fields, Optional<String> name, List<String> parents, Vocabulary words) {
        Optional<String> description = fields.value("description").flatMap(n -> reader.text(n, "`description`"));
        Optional<String> author = fields.value("author").flatMap(n -> reader.text(n, "`author`"));
        Optional<String> rationale = fields.value("rationale").flatMap(n -> reader.text(n, "`rationale`"));
        Optional<Provenance> provenance = fields.entry("provenance")
                .flatMap(entry -> ScenarioLoader.provenance(reader, entry));
        List<ScenarioChange> changes = new ArrayList<>();
        Optional<List<Node>> items = fields.value("changes").flatMap(n -> reader.nonEmptyList(n, "`changes`"));
        for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
            change(items.get().get(i), "change " + (i + 1), words).ifPresent(changes::add);
        }
        if (name.isEmpty() || description.isEmpty() || author.isEmpty() || rationale.isEmpty()
                || provenance.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(name.get(), description.get(), author.get(), rationale.get(), parents,
                provenance.get(), changes, Optional.of(yaml.source())));
    }

    private String origin(Node node) {
        return yaml.file() + ":" + (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1);
    }

    private Optional<ScenarioChange> change(Node node, String what, Vocabulary words) {
        Optional<String> kind = kindOf(node);
        if (kind.isEmpty()) {
            return setDimension(node, what, words);
        }
        Keys keys = Keys.required(kind.get());
        Optional<Fields> fields = reader.fields(node, what, keys, Optional.empty());
        if (fields.isEmpty() || fields.get().entry(kind.get()).isEmpty()) {
            return Optional.empty();
        }
        Fields.Entry entry = fields.get().entry(kind.get()).get();
        String inner = "`" + kind.get() + "` in " + what;
        return switch (kind.get()) {
            case "add_element" -> addElement(entry, inner, words);
            case "remove_element" -> elementId(entry.value(), inner, words).map(id -> {
                words.removed(id);
                return new ScenarioChange.RemoveElement(origin(node), id);
            });
            default -> panelScore(entry, inner, words);
        };
    }

    /** {@code add_element}, {@code remove_element} or {@code panel_score} when the change names one. */
    private static Optional<String> kindOf(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && KINDS.contains(key.getValue())) {
                    return Optional.of(key.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ScenarioChange> setDimension(Node node, String what, Vocabulary words) {
        Keys keys = new Keys(List.of("dimension"), SET_KEYS.stream().filter(k -> !k.equals("dimension")).toList()
                        .stream().toList(), false, Optional.empty(),
                Optional.of("A change sets a dimension (`element`/`elements`, `dimension`, `status`/`raise`,"
                        + " `reliance`), or is one of " + String.join(", ", KINDS)));
        Optional<Fields> fields = reader.fields(node, what, keys, Optional.empty());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        Optional<ScenarioChange.Selection> selection = selection(f, node, what, words);
        Optional<String> dimension = f.value("dimension").flatMap(n -> reader.oneOf(n, "`dimension` in " + what,
                words.dimensions, "a dimension of the maturity model", Optional.empty()));
        Optional<String> status = f.value("status").flatMap(n -> reader.oneOf(n, "`status` in " + what,
                words.statuses, "on the status scale", Optional.empty()));
        Optional<String> reliance = f.entry("reliance").flatMap(e -> reliance(e, "`reliance` in " + what, words));
        Optional<String> where = f.entry("where_reliance")
                .flatMap(e -> reliance(e, "`where_reliance` in " + what, words));
        Optional<Integer> raise = f.value("raise").flatMap(n -> reader.wholeNumber(n, "`raise` in " + what, RAISE));
        boolean ok = selection.isPresent() && dimension.isPresent()
                && (f.value("status").isEmpty() || status.isPresent())
                && (f.value("reliance").isEmpty() || reliance.isPresent())
                && (f.value("where_reliance").isEmpty() || where.isPresent())
                && (f.value("raise").isEmpty() || raise.isPresent());
        if (f.value("status").isPresent() && f.value("raise").isPresent()) {
            reader.problem(f.entry("raise").get().key(), what + " has both `status` and `raise`",
                    Optional.of("Set a status, or raise the current one by some steps, not both"));
            ok = false;
        } else if (f.value("status").isEmpty() && f.value("raise").isEmpty() && f.value("reliance").isEmpty()
                && f.value("dimension").isPresent()) {
            reader.problem(f.mapping(), what + " changes nothing", Optional.of(
                    "Add `status: STATUS`, `raise: STEPS` or `reliance: RELIANCE`"));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new ScenarioChange.SetDimension(origin(node), selection.get(), dimension.get(), status,
                raise.orElse(0), reliance, where));
    }

    /** A step of the reliance scale; refused at the key when the pack has no reliance scale. */
    private Optional<String> reliance(Fields.Entry entry, String what, Vocabulary words) {
        if (words.reliances.isEmpty()) {
            reader.problem(entry.key(), "this pack has no reliance scale, so " + what + " cannot be set",
                    Optional.of("Remove it, or add `reliances:` to the pack's maturity-model.yaml"));
            return Optional.empty();
        }
        return reader.oneOf(entry.value(), what, words.reliances, "on the reliance scale", Optional.empty());
    }

    private Optional<ScenarioChange.Selection> selection(Fields f, Node node, String what, Vocabulary words) {
        Optional<Fields.Entry> one = f.entry("element");
        Optional<Fields.Entry> many = f.entry("elements");
        if (one.isPresent() && many.isPresent()) {
            reader.problem(many.get().key(), what + " has both `element` and `elements`",
                    Optional.of("Use `element: " + words.exampleId(0) + "` for one element, `elements: ["
                            + words.exampleId(0) + ", " + words.exampleId(1) + "]` or `elements: all`"));
            return Optional.empty();
        }
        if (one.isEmpty() && many.isEmpty()) {
            reader.problem(node, what + " names no element", Optional.of("Add `element: " + words.exampleId(0)
                    + "`, `elements: [" + words.exampleId(0) + ", " + words.exampleId(1) + "]` or `elements: all`"));
            return Optional.empty();
        }
        if (one.isPresent()) {
            return elementId(one.get().value(), "`element` in " + what, words).map(ScenarioChange.Selection::of);
        }
        Node value = many.get().value();
        if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.STR) && scalar.getValue().equals("all")) {
            return Optional.of(ScenarioChange.Selection.everyElement());
        }
        if (value instanceof ScalarNode) {
            reader.problem(value, "`elements` in " + what + " should be a list of element ids or `all`",
                    Optional.of("Write `elements: [" + words.exampleId(0) + ", " + words.exampleId(1)
                            + "]`, `elements: all`, or `element: " + words.exampleId(0) + "` for one"));
            return Optional.empty();
        }
        Optional<List<Node>> items = reader.nonEmptyList(value, "`elements` in " + what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            elementId(items.get().get(i), "entry " + (i + 1) + " of `elements` in " + what, words).ifPresent(ids::add);
        }
        return ids.size() == items.get().size()
                ? Optional.of(new ScenarioChange.Selection(false, ids)) : Optional.empty();
    }

    private Optional<String> elementId(Node node, String what, Vocabulary words) {
        Optional<String> id = reader.text(node, what);
        if (id.isPresent() && !words.hasElement(id.get())) {
            reader.problem(node, what + " is `" + id.get() + "`, which is not an element of the knowledge",
                    Suggestions.didYouMean(id.get(), words.elementIds()).or(() -> Optional.of(
                            "The elements are " + String.join(", ", words.elementIds()))));
            return Optional.empty();
        }
        return id;
    }

    private Optional<ScenarioChange> addElement(Fields.Entry entry, String what, Vocabulary words) {
        Pack pack = words.pack;
        List<String> required = new ArrayList<>(List.of("id", "name"));
        List<String> optional = new ArrayList<>();
        Pack.OPTIONAL_FIELDS.forEach(field -> (pack.requires(field) ? required : optional).add(field));
        required.add("dimensions");
        Optional<Fields> fields = reader.fields(entry.value(), what,
                new Keys(required, optional, false, Optional.empty(), Optional.empty()), Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        Optional<String> id = f.value("id").flatMap(n -> reader.matching(n, "`id` in " + what, pack.elementIds(),
                pack.elementIdsInWords().orElse("text matching the pattern `" + pack.elementIds().pattern()
                        + "` set by `element_ids` in the pack's maturity-model.yaml"), Optional.empty()));
        if (id.isPresent() && words.hasElement(id.get())) {
            reader.problem(f.value("id").get(), "element `" + id.get() + "` already exists",
                    Optional.of("Give the new element the next free id"));
            id = Optional.empty();
        }
        Optional<String> name = f.value("name").flatMap(n -> reader.text(n, "`name` in " + what));
        Optional<String> description = f.value("description").isPresent()
                ? f.value("description").flatMap(n -> reader.text(n, "`description` in " + what))
                : Optional.of("");
        List<String> drawnFrom = new ArrayList<>();
        Optional<List<Node>> sources = f.value("drawn_from").isPresent()
                ? f.value("drawn_from").flatMap(n -> reader.list(n, "`drawn_from` in " + what))
                : Optional.of(List.of());
        sources.ifPresent(list -> list.forEach(n -> reader.text(n, "an entry of `drawn_from` in " + what)
                .ifPresent(drawnFrom::add)));
        List<Assessment> assessments = new ArrayList<>();
        Optional<Fields.Entry> dims = f.entry("dimensions");
        Optional<Fields> perDimension = dims.flatMap(d -> reader.fields(d.value(), "`dimensions` in " + what,
                Keys.allRequired(words.dimensions), Optional.of(d.key())));
        boolean withReliance = !words.reliances.isEmpty();
        for (Fields.Entry d : perDimension.map(Fields::entries).orElse(List.of())) {
            String where = "dimension `" + d.name() + "` in " + what;
            Optional<Fields> pair = reader.fields(d.value(), where, withReliance ? Keys.required("reliance", "status")
                    : Keys.required("status").withOptional("reliance"), Optional.of(d.key()));
            Optional<String> reliance = withReliance || pair.flatMap(p -> p.entry("reliance")).isPresent()
                    ? pair.flatMap(p -> p.entry("reliance")).flatMap(e -> reliance(e, "`reliance` of " + where, words))
                    : Optional.of("");
            Optional<String> status = pair.flatMap(p -> p.value("status")).flatMap(n -> reader.oneOf(n,
                    "`status` of " + where, words.statuses, "on the status scale", Optional.empty()));
            if (reliance.isPresent() && status.isPresent() && id.isPresent()) {
                int rank = words.statuses.indexOf(status.get());
                // Every round at the status given: the pack's number of rounds, all alike.
                assessments.add(new Assessment(id.get(), d.name(), reliance.get(),
                        Collections.nCopies(pack.rounds(), status.get()), Collections.nCopies(pack.rounds(), rank),
                        List.of(), List.of()));
            }
        }
        if (id.isEmpty() || name.isEmpty() || description.isEmpty() || sources.isEmpty()
                || drawnFrom.size() != sources.get().size() || assessments.size() != words.dimensions.size()) {
            return Optional.empty();
        }
        words.added(id.get());
        List<Assessment> ordered = words.dimensions.stream()
                .map(dim -> assessments.stream().filter(a -> a.dimension().equals(dim)).findFirst().orElseThrow())
                .toList();
        return Optional.of(new ScenarioChange.AddElement(origin(entry.key()),
                new Element(id.get(), name.get(), description.get(), drawnFrom, "scenario"), ordered));
    }

    private Optional<ScenarioChange> panelScore(Fields.Entry entry, String what, Vocabulary words) {
        Optional<Fields> fields = reader.fields(entry.value(), what,
                Keys.required("element", "dimension", "round", "panellist", "score"), Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        Optional<String> id = f.value("element").flatMap(n -> elementId(n, "`element` in " + what, words));
        Optional<String> dimension = f.value("dimension").flatMap(n -> reader.oneOf(n, "`dimension` in " + what,
                words.dimensions, "a dimension of the maturity model", Optional.empty()));
        int rounds = words.pack.rounds();
        Optional<Integer> round = f.value("round").flatMap(n -> reader.wholeNumber(n, "`round` in " + what,
                "the round's number, a whole number from 1 to " + rounds));
        Optional<Integer> panellist =
                f.value("panellist").flatMap(n -> reader.wholeNumber(n, "`panellist` in " + what, PANELLIST));
        Optional<String> score = f.value("score").flatMap(n -> reader.oneOf(n, "`score` in " + what,
                words.statuses, "on the status scale", Optional.empty()));
        if (id.isEmpty() || dimension.isEmpty() || round.isEmpty() || panellist.isEmpty() || score.isEmpty()) {
            return Optional.empty();
        }
        Optional<Assessment> panel = words.panelOf(id.get(), dimension.get());
        if (panel.isEmpty()) {
            reader.problem(entry.value(), "no panel scored " + dimension.get() + " for " + id.get(),
                    Optional.of("Set the status instead: `element: " + id.get() + "`, `dimension: "
                            + dimension.get() + "`, `status: " + score.get() + "`"));
            return Optional.empty();
        }
        if (round.get() < 1 || round.get() > rounds) {
            reader.problem(f.value("round").get(), "`round` in " + what + " is " + round.get()
                    + (rounds == 1 ? "; this pack has one round, round 1" : "; rounds are numbered 1 to " + rounds),
                    Optional.empty());
            return Optional.empty();
        }
        int size = panel.get().panel().get(round.get() - 1).size();
        if (panellist.get() < 1 || panellist.get() > size) {
            reader.problem(f.value("panellist").get(), "`panellist` in " + what + " is " + panellist.get()
                    + "; round " + round.get() + " has panellists 1 to " + size, Optional.empty());
            return Optional.empty();
        }
        return Optional.of(new ScenarioChange.SetPanelScore(origin(entry.key()), id.get(), dimension.get(),
                round.get(), panellist.get(), score.get()));
    }
}
