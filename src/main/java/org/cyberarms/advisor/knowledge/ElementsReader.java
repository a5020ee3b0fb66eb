package org.cyberarms.advisor.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.model.Provenance;
import org.cyberarms.advisor.model.RecommendationText;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code elements.yaml}: the provenance and every element with its assessment on each dimension of
 * the maturity model. Dimensions, statuses and reliances are checked against the model as far as the model
 * could be read.
 */
final class ElementsReader {

    static final String FILE_NAME = "elements.yaml";

    private final LocatedYaml document;
    private final ModelParts model;
    private final NodeReader reader;
    private final Problems problems;
    private final Map<String, Node> firstElementById = new HashMap<>();
    private final Map<String, Integer> lineByPeekedId = new HashMap<>();
    /** When the model sets no {@code rounds}: the first assessment read, whose count every other one must have. */
    private Optional<FirstRounds> firstRounds = Optional.empty();

    /** The first assessment's number of rounds, its name ("E01 verification") and its file:line:column. */
    private record FirstRounds(int count, String assessment, String at) {}

    ElementsReader(LocatedYaml document, ModelParts model, Problems problems) {
        this.document = document;
        this.model = model;
        this.problems = problems;
        this.reader = new NodeReader(document.file(), problems);
    }

    /** The file's content, or empty when any problem was found in it. */
    Optional<ElementsFile> read() {
        long before = problems.countIn(document.file());
        Optional<Fields> top = reader.fields(document.root(), "the elements file",
                Keys.required("provenance", "elements"), Optional.empty());
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Optional<Provenance> provenance = top.get().entry("provenance")
                .flatMap(entry -> new ProvenanceReader(reader).read(entry));
        List<Element> elements = new ArrayList<>();
        List<Assessment> assessments = new ArrayList<>();
        Optional<List<Node>> items = top.get().value("elements")
                .flatMap(node -> reader.nonEmptyList(node, "`elements`"));
        for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
            element(items.get().get(i), i + 1, provenance.map(Provenance::origin)).ifPresent(read -> {
                elements.add(read.element());
                assessments.addAll(read.assessments());
            });
        }
        if (problems.countIn(document.file()) != before || provenance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ElementsFile(provenance.get(), elements, assessments,
                expectedRounds().orElse(1)));
    }

    private record ReadElement(Element element, List<Assessment> assessments) {}

    private Optional<ReadElement> element(Node node, int position, Optional<String> fileOrigin) {
        String where = elementName(node, position);
        Optional<Fields> fields = reader.fields(node, where, elementKeys(), Optional.empty());
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Fields f = fields.get();
        Optional<String> id = f.value("id").flatMap(n -> elementId(n, where));
        Optional<String> name = f.value("name").flatMap(n -> reader.text(n, "`name` in " + where));
        // Fields a pack does not require may be left out: an element then has no description or sources.
        Optional<String> description = f.value("description").isPresent()
                ? f.value("description").flatMap(n -> reader.text(n, "`description` in " + where))
                : Optional.of("");
        Optional<List<String>> drawnFrom = f.value("drawn_from").isPresent()
                ? f.value("drawn_from").flatMap(n -> texts(n, "`drawn_from` in " + where))
                : Optional.of(List.of());
        Optional<String> origin = f.value("origin").isPresent()
                ? f.value("origin").flatMap(n -> reader.oneOf(n, "`origin` in " + where, ProvenanceReader.ORIGINS,
                        "a known origin", Optional.empty()))
                : fileOrigin;
        Optional<List<Assessment>> assessments = f.entry("dimensions")
                .flatMap(entry -> assessments(entry, id.orElse(""), where));
        Optional<List<RecommendationText>> texts = f.entry("recommendations").isPresent()
                ? f.entry("recommendations").flatMap(entry -> recommendationTexts(entry, id.orElse(""), where))
                : Optional.of(List.of());
        if (id.isEmpty() || name.isEmpty() || description.isEmpty() || drawnFrom.isEmpty() || origin.isEmpty()
                || assessments.isEmpty() || texts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReadElement(
                new Element(id.get(), name.get(), description.get(), drawnFrom.get(), origin.get(), texts.get()),
                assessments.get()));
    }

    /**
     * id, name and dimensions always; the fields the pack requires (description, drawn_from); the others
     * optional. When the pack could not be read, nothing more is required, so as not to add follow-on problems.
     */
    private Keys elementKeys() {
        List<String> required = new ArrayList<>(List.of("id", "name"));
        List<String> optional = new ArrayList<>();
        for (String field : Pack.OPTIONAL_FIELDS) {
            (model.pack().map(p -> p.pack().requires(field)).orElse(false) ? required : optional).add(field);
        }
        required.add("dimensions");
        optional.addAll(List.of("origin", "recommendations"));
        return new Keys(required, optional, false, Optional.empty(), Optional.empty());
    }

    /**
     * The element's own recommendations: a mapping from dimension id to a title and a text. A key that is no
     * dimension of the model is reported at the key, with the closest dimension as a suggestion.
     */
    private Optional<List<RecommendationText>> recommendationTexts(Fields.Entry entry, String elementId,
            String where) {
        String what = "`recommendations` of " + where;
        Keys keys = model.dimensionIds()
                .map(ids -> Keys.allRequired(List.of()).withOptional(ids.toArray(String[]::new))
                        .withUnknownHint("The keys of `recommendations` are dimensions, defined in " + model.file()))
                .orElse(Keys.any());
        Optional<Fields> fields = reader.fields(entry.value(), what, keys, Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<RecommendationText> texts = new ArrayList<>();
        for (Fields.Entry dimension : fields.get().entries()) {
            String one = "the recommendation for `" + dimension.name() + "` in " + what;
            Optional<Fields> parts = reader.fields(dimension.value(), one, Keys.required("title", "text"),
                    Optional.of(dimension.key()));
            Optional<String> title = parts.flatMap(p -> p.value("title"))
                    .flatMap(n -> reader.text(n, "`title` of " + one));
            Optional<String> text = parts.flatMap(p -> p.value("text"))
                    .flatMap(n -> reader.text(n, "`text` of " + one));
            if (title.isPresent() && text.isPresent()) {
                texts.add(new RecommendationText(elementId, dimension.name(), title.get(), text.get()));
            }
        }
        return texts.size() == fields.get().entries().size() ? Optional.of(texts) : Optional.empty();
    }

    /** "element E03"; "element #3" without an id; with the line added when an earlier element has the same id. */
    private String elementName(Node node, int position) {
        Optional<String> id = peekId(node);
        if (id.isEmpty()) {
            return "element #" + position;
        }
        int line = node.getStartMark().getLine() + 1;
        Integer earlier = lineByPeekedId.putIfAbsent(id.get(), line);
        return earlier == null ? "element " + id.get() : "element " + id.get() + " (line " + line + ")";
    }

    /** The id as written, to name the element in problems about it even before it has been checked. */
    private static Optional<String> peekId(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                    return Optional.of(value.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> elementId(Node node, String where) {
        Optional<String> id = reader.text(node, "`id` of " + where);
        if (id.isEmpty()) {
            return id;
        }
        Optional<PackReader.ReadPack> pack = model.pack();
        if (pack.isPresent() && !pack.get().pack().elementIds().matcher(id.get()).matches()) {
            Pattern ids = pack.get().pack().elementIds();
            String repaired = id.get().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
            reader.problem(node, "element id `" + id.get() + "` " + pack.get().pack().elementIdsInWords()
                    .map(words -> "should be " + words)
                    .orElse("must match the pattern `" + ids.pattern() + "` set in " + model.file()
                            + pack.get().elementIdsLine().map(line -> " line " + line).orElse("")),
                    ids.matcher(repaired).matches() && !repaired.isEmpty()
                            ? Optional.of("Did you mean `" + repaired + "`?") : Optional.empty());
            return Optional.empty();
        }
        Node first = firstElementById.putIfAbsent(id.get(), node);
        if (first != null) {
            reader.problem(node, "element id `" + id.get() + "` is used twice; the first is on line "
                    + (first.getStartMark().getLine() + 1), Optional.of("Give this element the next free id"));
            return Optional.empty();
        }
        return id;
    }

    private Optional<List<String>> texts(Node node, String what) {
        Optional<List<Node>> items = reader.list(node, what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.get().size(); i++) {
            reader.text(items.get().get(i), "entry " + (i + 1) + " of " + what).ifPresent(texts::add);
        }
        return texts.size() == items.get().size() ? Optional.of(texts) : Optional.empty();
    }

    /** One assessment per dimension, in the model's order of dimensions. */
    private Optional<List<Assessment>> assessments(Fields.Entry dimensionsEntry, String elementId, String where) {
        Keys keys = model.dimensionIds()
                .map(ids -> Keys.allRequired(ids)
                        .withMissingHint("Every element is assessed on each dimension of " + model.file())
                        .withUnknownHint("The dimensions are defined in " + model.file()))
                .orElse(Keys.any());
        Optional<Fields> fields = reader.fields(dimensionsEntry.value(), where + "'s dimensions", keys,
                Optional.of(dimensionsEntry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Assessment> byDimension = new HashMap<>();
        boolean complete = true;
        for (Fields.Entry entry : fields.get().entries()) {
            Optional<Assessment> assessment = assessment(entry, elementId, where + "'s dimension `" + entry.name() + "`");
            assessment.ifPresent(a -> byDimension.put(a.dimension(), a));
            complete &= assessment.isPresent();
        }
        if (!complete || model.dimensionIds().isEmpty()) {
            return Optional.empty();
        }
        List<Assessment> ordered = new ArrayList<>();
        for (String dimension : model.dimensionIds().get()) {
            if (!byDimension.containsKey(dimension)) {
                return Optional.empty();
            }
            ordered.add(byDimension.get(dimension));
        }
        return Optional.of(ordered);
    }

    private Optional<Assessment> assessment(Fields.Entry entry, String elementId, String where) {
        Keys keys = model.mayHaveReliances() ? Keys.required("reliance", "rounds").withOptional("panel")
                : Keys.required("rounds").withOptional("panel", "reliance");
        Optional<Fields> fields = reader.fields(entry.value(), where, keys, Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> reliance = model.mayHaveReliances()
                ? fields.get().value("reliance").flatMap(node -> onScale(node, "the reliance of " + where,
                        model.relianceNames(), "reliance"))
                : noReliance(fields.get());
        Optional<List<String>> rounds = fields.get().value("rounds")
                .flatMap(node -> rounds(node, where, elementId, entry));
        Optional<List<List<String>>> panel = fields.get().value("panel").isPresent()
                ? fields.get().value("panel").flatMap(node -> panel(node, where))
                : Optional.of(List.of());
        if (reliance.isEmpty() || rounds.isEmpty() || panel.isEmpty() || model.statusNames().isEmpty()) {
            return Optional.empty();
        }
        List<String> statuses = model.statusNames().get();
        return Optional.of(new Assessment(elementId, entry.name(), reliance.get(), rounds.get(),
                ranks(rounds.get(), statuses), panel.get(),
                panel.get().stream().map(round -> ranks(round, statuses)).toList()));
    }

    /** A pack without a reliance scale: its assessments have the empty reliance, and may not give one. */
    private Optional<String> noReliance(Fields fields) {
        Optional<Fields.Entry> written = fields.entry("reliance");
        if (written.isPresent()) {
            reader.problem(written.get().key(), "this pack has no reliance scale; remove it or add `reliances:` to "
                    + model.file(), Optional.empty());
            return Optional.empty();
        }
        return Optional.of("");
    }

    /**
     * How many rounds every assessment has: the number the model sets, or, when it sets none, the number the first
     * assessment has (empty until it has been read); empty too when the pack could not be read.
     */
    private Optional<Integer> expectedRounds() {
        return roundsSetByModel() ? model.pack().map(p -> p.pack().rounds()) : firstRounds.map(FirstRounds::count);
    }

    private boolean roundsSetByModel() {
        return model.pack().map(p -> p.pack().roundsSet()).orElse(false);
    }

    /**
     * True when a list has one entry per round; otherwise false, with the problem reported at the list. When the
     * model sets no {@code rounds}, the first assessment read gives the count, and a list that differs is said
     * against that assessment, since it may be the odd one out.
     *
     * @param entries   the list's length in words ("2 statuses")
     * @param perRound  what the list holds per round, for the message when the model sets the count ("" or
     *                  " lists of panellists' scores")
     * @param asFirst   what this list makes the count when it is the first to give one (a panel never does)
     */
    private boolean oneEntryPerRound(Node list, String what, int size, String entries, String perRound,
            Optional<FirstRounds> asFirst) {
        Optional<Integer> expected = expectedRounds();
        if (expected.isEmpty() && size == 0 && asFirst.isPresent()) {
            reader.problem(list, what + " is empty; it needs one status per round of scoring, at least one",
                    Optional.empty());
            return false;
        }
        if (expected.isEmpty()) {
            if (model.pack().isPresent()) {
                firstRounds = asFirst;
            }
            return true;
        }
        if (size == expected.get()) {
            return true;
        }
        if (roundsSetByModel()) {
            reader.problem(list, what + " has " + entries + "; expected exactly " + expected.get() + perRound
                    + ", one per round of scoring", Optional.of("This pack has " + count(expected.get(), "round",
                    "rounds") + model.pack().flatMap(PackReader.ReadPack::roundsLine)
                            .map(line -> " (`rounds` in " + model.file() + " line " + line + ")").orElse("")));
        } else {
            FirstRounds first = firstRounds.orElseThrow();
            reader.problem(list, what + " has " + count(size, "round", "rounds") + "; the first assessment, "
                    + first.assessment() + " at " + first.at() + ", has " + first.count() + ", and the model does"
                    + " not set `rounds`", Optional.of("Set `rounds:` in `pack:` of " + model.file()
                            + " or give every assessment the same number"));
        }
        return false;
    }

    /** The statuses of an assessment, named like "E01 verification" (or by where it is, without an id). */
    private Optional<List<String>> rounds(Node node, String where, String elementId, Fields.Entry assessment) {
        String what = "`rounds` in " + where;
        Optional<List<Node>> items = reader.list(node, what);
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Node key = assessment.key();
        FirstRounds asFirst = new FirstRounds(items.get().size(),
                elementId.isEmpty() ? where : elementId + " " + assessment.name(),
                document.file() + ":" + (key.getStartMark().getLine() + 1) + ":" + (key.getStartMark().getColumn() + 1));
        if (!oneEntryPerRound(node, what, items.get().size(), count(items.get().size(), "status", "statuses"), "",
                Optional.of(asFirst))) {
            return Optional.empty();
        }
        return statuses(items.get(), i -> "the status in round " + i + " of " + what);
    }

    private Optional<List<List<String>>> panel(Node node, String where) {
        String what = "`panel` in " + where;
        Optional<List<Node>> rounds = reader.list(node, what);
        if (rounds.isEmpty() || !oneEntryPerRound(node, what, rounds.get().size(),
                count(rounds.get().size(), "round", "rounds"),
                expectedRounds().map(n -> n == 1 ? " list" : " lists").orElse("") + " of panellists' scores",
                Optional.empty())) {
            return Optional.empty();
        }
        List<List<String>> panel = new ArrayList<>();
        for (int r = 0; r < rounds.get().size(); r++) {
            int round = r + 1;
            String roundWhat = "round " + round + " of " + what;
            Optional<List<Node>> scores = reader.list(rounds.get().get(r), roundWhat);
            if (scores.isPresent() && scores.get().isEmpty()) {
                reader.problem(rounds.get().get(r), roundWhat + " is empty; it needs each panellist's score",
                        Optional.of("List the scores, or leave out `panel` if no panel scored"));
                continue;
            }
            scores.flatMap(list -> statuses(list, i -> "panellist " + i + "'s score in " + roundWhat))
                    .ifPresent(panel::add);
        }
        return panel.size() == rounds.get().size() ? Optional.of(panel) : Optional.empty();
    }

    private Optional<List<String>> statuses(List<Node> nodes, IntFunction<String> what) {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            onScale(nodes.get(i), what.apply(i + 1), model.statusNames(), "status").ifPresent(statuses::add);
        }
        return statuses.size() == nodes.size() ? Optional.of(statuses) : Optional.empty();
    }

    /** A step name on the given scale; when the scale itself could not be read, any text passes. */
    private Optional<String> onScale(Node node, String what, Optional<List<String>> scale, String scaleNoun) {
        if (scale.isEmpty()) {
            return reader.text(node, what);
        }
        return reader.oneOf(node, what, scale.get(), "on the " + scaleNoun + " scale",
                Optional.of("The " + scaleNoun + " scale is defined in " + model.file()));
    }

    /** Places on the status scale, 0 for the lowest (the same ranks as {@code Scale.rankOf}). */
    private static List<Integer> ranks(List<String> steps, List<String> scale) {
        return steps.stream().map(scale::indexOf).toList();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
