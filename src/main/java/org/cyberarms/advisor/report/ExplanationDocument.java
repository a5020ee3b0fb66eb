package org.cyberarms.advisor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.model.Assessment;
import org.cyberarms.advisor.model.Blocker;
import org.cyberarms.advisor.model.Ceiling;
import org.cyberarms.advisor.scenario.PathResult;
import org.cyberarms.advisor.trace.ConditionCheck;
import org.cyberarms.advisor.trace.FactSentences;
import org.cyberarms.advisor.trace.PatternCheck;
import org.cyberarms.advisor.trace.RuleDiagnosis;
import org.cyberarms.advisor.trace.RuleRef;
import org.cyberarms.advisor.trace.WhyNot;

/**
 * {@code advisor explain} as a {@link Document}: one plain sentence first (the level, the dimensions that hold
 * the element there, and what the next level would take), then HOW and WHY NOT in prose, then, on demand,
 * the derivation tree and the condition-by-condition tables. Every level, ceiling and blocker it names is a
 * conclusion of the rules, and the change to the next level is the one {@code advisor path} finds.
 */
public final class ExplanationDocument {

    /** The JSON form's schema, {@code docs/explain.schema.json}. */
    public static final String SCHEMA = "advisor-explanation/1";

    private final Explanation e;
    private final FactSentences words;
    /** The command line's folders (--pack DIR, --knowledge ..., --rules ...), repeated in the command to check. */
    private final List<String> sameInputs;

    private ExplanationDocument(Explanation explanation, List<String> sameInputs) {
        this.e = explanation;
        this.words = explanation.sentences();
        this.sameInputs = List.copyOf(sameInputs);
    }

    /**
     * The explanation as a document. With {@code detail}, the derivation tree and the tables of conditions
     * are added, each in a {@link Block.Details} (closed in HTML); the JSON form always carries everything.
     */
    public static Document of(Explanation explanation, boolean detail) {
        return of(explanation, detail, List.of());
    }

    /**
     * @param sameInputs the folders the command line named ({@code --pack DIR}), for the command that checks the
     *                   smallest change: it must run on the same pack
     */
    public static Document of(Explanation explanation, boolean detail, List<String> sameInputs) {
        ExplanationDocument d = new ExplanationDocument(explanation, sameInputs);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(d.opening()));
        if (!explanation.element().description().isBlank()) {
            blocks.add(Block.Paragraph.of(explanation.element().id() + " " + explanation.element().name() + ": "
                    + explanation.element().description()));
        }
        blocks.add(d.how(detail));
        blocks.add(d.whyNot(detail));
        explanation.rule().ifPresent(r -> blocks.add(d.rule(r)));
        return Document.of("Explanation of " + explanation.element().id() + " " + explanation.element().name(), blocks)
                .withData(d.data());
    }

    // ------------------------------------------------------------------ the opening sentence

    /**
     * "E03 is unlikely because Attribution and Verification have status none and its reliance on both is
     * critical; to reach possible, both must be at least weak."
     */
    Text opening() {
        String id = e.element().id();
        Text.Builder out = Text.builder();
        if (e.level().isEmpty()) {
            return out.plain("No rule concluded a level for " + id + ", so it has none; the rules that would"
                    + " set its " + words.nouns().dimensions() + "' ceilings are checked below.").build();
        }
        out.plain(id + " is ").strong(e.level().get().level());
        if (e.whyNot().levels().isEmpty()) {
            return out.plain(", the highest level: none of its " + words.nouns().dimensions() + " holds it below.")
                    .build();
        }
        List<Held> held = held();
        if (held.isEmpty()) {
            out.plain("; no rule concluded which of its " + words.nouns().dimensions() + " holds it there");
        } else {
            out.plain(" because ").plain(because(held));
        }
        e.toNextLevel().ifPresent(path -> out.plain("; ").plain(toReach(path, held)));
        return out.plain(".").build();
    }

    /** One dimension holding the element at its level: the blocker, its ceiling and its assessment. */
    private record Held(String dimension, String label, Optional<Assessment> assessment, Optional<Derivation> ceiling) {

        String status() {
            return assessment.map(Assessment::status).orElse("?");
        }

        String reliance() {
            return assessment.map(Assessment::reliance).orElse("?");
        }
    }

    private List<Held> held() {
        List<Held> held = new ArrayList<>();
        for (Derivation blocker : e.heldBy()) {
            Blocker b = (Blocker) blocker.fact();
            Optional<Derivation> ceiling = blocker.premise(Ceiling.class);
            held.add(new Held(b.dimension(), words.label(b.dimension()),
                    ceiling.flatMap(c -> c.premiseFact(Assessment.class)), ceiling));
        }
        return held;
    }

    private static String because(List<Held> held) {
        Map<String, List<Held>> alike = new LinkedHashMap<>();
        for (Held h : held) {
            alike.computeIfAbsent(h.status() + "\n" + h.reliance(), k -> new ArrayList<>()).add(h);
        }
        if (held.stream().allMatch(h -> h.reliance().isEmpty())) { // a pack without a reliance scale
            return and(held.stream().map(h -> h.label() + " has status " + h.status()).toList());
        }
        if (alike.size() == 1) {
            String names = and(held.stream().map(Held::label).toList());
            return names + (held.size() == 1 ? " has" : " have") + " status " + held.get(0).status()
                    + " and its reliance on " + pronoun(held.size()) + " is " + held.get(0).reliance();
        }
        return and(held.stream().map(h -> h.label() + " has status " + h.status() + " (reliance " + h.reliance() + ")")
                .toList());
    }

    private String toReach(PathResult path, List<Held> held) {
        if (!path.verdict().equals(PathResult.FOUND) || path.alternatives().isEmpty()) {
            return "no change of status within " + path.maxSteps() + " steps lifts it to " + path.target();
        }
        List<PathResult.Step> steps = path.alternatives().get(0).steps();
        boolean sameStatus = steps.stream().map(PathResult.Step::to).distinct().count() == 1;
        boolean sameDimensions = steps.stream().map(PathResult.Step::dimension).sorted().toList()
                .equals(held.stream().map(Held::dimension).sorted().toList());
        String change;
        if (sameStatus && sameDimensions) {
            change = (steps.size() == 1 ? words.label(steps.get(0).dimension()) : pronoun(steps.size()))
                    + " must be at least " + steps.get(0).to();
        } else {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                parts.add(words.label(steps.get(i).dimension()) + (i == 0 ? " must be" : "") + " at least "
                        + steps.get(i).to());
            }
            change = and(parts);
        }
        return "to reach " + path.target() + ", " + change;
    }

    private static String pronoun(int count) {
        return switch (count) {
            case 1 -> "it";
            case 2 -> "both";
            default -> "all " + count;
        };
    }

    private static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    // ------------------------------------------------------------------ HOW

    private Block how(boolean detail) {
        List<Block> blocks = new ArrayList<>();
        String level = e.level().map(l -> l.level()).orElse("");
        if (e.how().isEmpty()) {
            blocks.add(Block.Paragraph.of("No rule concluded a level for this element."));
            return new Block.Section("how", Text.of("How it got its level"), blocks);
        }
        Derivation how = e.how().get();
        how.rule().ifPresent(rule -> blocks.add(new Block.Paragraph(Text.builder()
                .plain("Its level is concluded by ").append(cite(rule))
                .plain(rule.rationale().map(r -> ": " + r).orElse(".")).build())));
        List<Held> held = held();
        if (!held.isEmpty()) {
            blocks.add(Block.Paragraph.of((held.size() == 1 ? "One " + words.nouns().dimension() + " holds"
                    : "These " + held.size() + " " + words.nouns().dimensions() + " hold") + " it at " + level + ":"));
            List<Block.Item> items = new ArrayList<>();
            for (Held h : held) {
                Text.Builder item = Text.builder().strong(h.label()).plain(": ");
                h.assessment().ifPresent(a -> item.plain(words.standing(a) + ", so "));
                item.plain("ceiling " + level);
                h.ceiling().flatMap(Derivation::rule).ifPresent(rule -> item.plain(", by ").append(cite(rule))
                        .plain(rule.rationale().map(r -> ": " + r).orElse(".")));
                items.add(new Block.Item(item.build(), List.of()));
            }
            blocks.add(new Block.BulletList(items));
        }
        List<String> heldDimensions = held.stream().map(Held::dimension).toList();
        List<String> others = e.ceilings().stream().filter(c -> !heldDimensions.contains(c.dimension()))
                .map(c -> words.label(c.dimension()) + " " + c.level()).toList();
        if (!others.isEmpty()) {
            blocks.add(Block.Paragraph.of((held.isEmpty() ? "The ceilings its " + words.nouns().dimensions() + " set: "
                    : "The ceilings of its other " + words.nouns().dimensions() + ": ") + String.join(", ", others) + "."));
        }
        if (detail) {
            List<Block.Item> tree = new ArrayList<>();
            tree.add(derivationItem(how, Optional.empty()));
            e.heldBy().forEach(d -> tree.add(derivationItem(d, Optional.of(how.fact()))));
            blocks.add(new Block.Details("Derivation, from each conclusion down to the facts read from the knowledge"
                    + " files", List.of(new Block.BulletList(tree))));
        }
        return new Block.Section("how", Text.of("How it came to be " + level), blocks);
    }

    /** A fact and, nested, the facts it was concluded from; {@code shown} is already derived above. */
    private Block.Item derivationItem(Derivation d, Optional<Object> shown) {
        Text.Builder text = Text.builder().plain(words.of(d.fact()));
        if (shown.isPresent() && shown.get().equals(d.fact())) {
            return new Block.Item(text.plain(" (derived above)").build(), List.of());
        }
        d.rule().ifPresentOrElse(rule -> text.plain(", concluded by ").append(cite(rule)),
                () -> text.plain(" (from the knowledge files)"));
        List<Block> children = d.premises().isEmpty() ? List.of() : List.of(new Block.BulletList(
                d.premises().stream().map(p -> derivationItem(p, shown)).toList()));
        return new Block.Item(text.build(), children);
    }

    // ------------------------------------------------------------------ WHY NOT

    private Block whyNot(boolean detail) {
        List<Block> blocks = new ArrayList<>();
        if (e.whyNot().levels().isEmpty()) {
            blocks.add(Block.Paragraph.of("It reached the highest level."));
            return new Block.Section("why-not", Text.of("Why not a higher level"), blocks);
        }
        e.toNextLevel().ifPresent(path -> blocks.addAll(nextLevel(path)));
        for (WhyNot.LevelNotReached level : e.whyNot().levels()) {
            blocks.add(notReached(level, detail));
        }
        return new Block.Section("why-not", Text.of("Why not a higher level"), blocks);
    }

    private List<Block> nextLevel(PathResult path) {
        String id = e.element().id();
        if (!path.verdict().equals(PathResult.FOUND) || path.alternatives().isEmpty()) {
            return List.of(Block.Paragraph.of("No change of status within " + path.maxSteps() + " steps lifts " + id
                    + " to " + path.target() + (path.explanation().isBlank() ? "." : ": " + path.explanation())));
        }
        PathResult.Alternative best = path.alternatives().get(0);
        String changes = and(best.steps().stream()
                .map(s -> words.label(s.dimension()) + " " + s.from() + " → " + s.to()).toList());
        return List.of(new Block.Paragraph(Text.builder().plain("The smallest change that the rules lift to "
                        + path.target() + ", as ").code("advisor path").plain(" searches it: " + changes + ". Check it:")
                        .build()),
                new Block.CommandLine(Stream.concat(Stream.of("./advisor", "report"), Stream.concat(sameInputs.stream(),
                        best.asSetArguments(id).stream().flatMap(s -> Stream.of("--set", s))))
                        .collect(Collectors.joining(" "))));
    }

    private Block notReached(WhyNot.LevelNotReached level, boolean detail) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("Held below " + level.level() + " by " + and(level.heldBackBy().stream()
                .map(h -> words.label(h.dimension()) + " (ceiling " + h.ceiling() + ")").toList()) + "."));
        List<Block.Item> items = new ArrayList<>();
        for (WhyNot.HeldBack held : level.heldBackBy()) {
            Text.Builder item = Text.builder().strong(words.label(held.dimension())).plain(": ceiling " + held.ceiling()
                    + ", set by ").append(cite(held.ceilingRule())).plain(". ");
            if (held.alternatives().isEmpty()) {
                item.plain("No rule sets a ceiling of " + level.level() + " or higher for it.");
            } else {
                item.plain(held.alternatives().size() == 1
                        ? "The one rule that would allow " + level.level() + " or higher does not hold"
                        : "None of the " + held.alternatives().size() + " rules that would allow " + level.level()
                                + " or higher holds");
                item.plain(standingOf(held.dimension()).map(s -> " for its facts (" + s + ").").orElse("."));
            }
            items.add(new Block.Item(item.build(), List.of()));
        }
        blocks.add(new Block.BulletList(items));
        if (detail) {
            for (WhyNot.HeldBack held : level.heldBackBy()) {
                if (!held.alternatives().isEmpty()) {
                    blocks.add(new Block.Details("The rules that would allow " + level.level() + " or higher for "
                            + words.label(held.dimension()) + ", condition by condition",
                            List.of(alternativesTable(held))));
                }
            }
        }
        return new Block.Section("", Text.of("Why not " + level.level()), blocks);
    }

    private Optional<String> standingOf(String dimension) {
        return e.assessments().stream().filter(a -> a.dimension().equals(dimension)).findFirst().map(words::standing);
    }

    private Block.Table alternativesTable(WhyNot.HeldBack held) {
        List<Block.Row> rows = new ArrayList<>();
        for (RuleDiagnosis alternative : held.alternatives()) {
            boolean first = true;
            for (PatternCheck pattern : alternative.patterns()) {
                for (ConditionCheck c : pattern.conditions()) {
                    rows.add(new Block.Row(List.of(
                            Block.Cell.of(first ? cite(alternative.rule()) : Text.empty()),
                            Block.Cell.of(Text.builder().code(c.evaluated()).build()),
                            Block.Cell.of(result(c)), Block.Cell.of(actual(c.actual())))));
                    first = false;
                }
            }
        }
        return new Block.Table("", List.of(Block.Column.of("Rule"), Block.Column.of("Condition"), Block.Column.of("Result"),
                        Block.Column.of("Actual")), rows, false);
    }

    // ------------------------------------------------------------------ --rule

    private Block rule(RuleDiagnosis d) {
        String id = e.element().id();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Text.builder().append(cite(d.rule()))
                .plain(d.firedForElement() ? " fired for " + id + "." : " did not fire for " + id + ".").build()));
        d.rule().rationale().ifPresent(r -> blocks.add(Block.Paragraph.of("Its rationale: " + r)));
        List<Block.Row> patterns = new ArrayList<>();
        List<Block.Row> constraints = new ArrayList<>();
        for (int i = 0; i < d.patterns().size(); i++) {
            PatternCheck p = d.patterns().get(i);
            String number = String.valueOf(i + 1);
            boolean matchesAll = p.kind().equals("not") != p.holds();
            patterns.add(new Block.Row(List.of(Block.Cell.of(number),
                    Block.Cell.of(Text.builder().code(p.source()).build()), Block.Cell.of(verdict(p)),
                    Block.Cell.of(p.fact().map(f -> (matchesAll ? "matching fact: " : "closest fact: ") + words.of(f))
                            .orElse("no fact of this kind")))));
            for (ConditionCheck c : p.conditions()) {
                constraints.add(new Block.Row(List.of(Block.Cell.of(number),
                        Block.Cell.of(Text.builder().code(c.evaluated()).build()), Block.Cell.of(result(c)),
                        Block.Cell.of(actual(c.actual())))));
            }
        }
        blocks.add(new Block.Table("The rule's conditions, each checked against " + id + "'s facts",
                List.of(new Block.Column("#", true), Block.Column.of("Condition"), Block.Column.of("Verdict"),
                        Block.Column.of("Fact")), patterns, false));
        if (!constraints.isEmpty()) {
            blocks.add(new Block.Table("Each constraint, checked against the fact beside its condition",
                    List.of(new Block.Column("#", true), Block.Column.of("Constraint"), Block.Column.of("Result"),
                            Block.Column.of("Actual")), constraints, false));
        }
        return new Block.Section("rule", Text.of("Rule “" + d.rule().name() + "” checked against " + id), blocks);
    }

    private static String verdict(PatternCheck p) {
        if (p.kind().equals("unchecked")) {
            return "not checked (accumulate, from or or)";
        }
        return p.holds() ? "holds" : "does not hold";
    }

    private static String result(ConditionCheck c) {
        return c.passed().map(ok -> ok ? "passed" : "failed").orElse("not checked");
    }

    /** {@code reliance critical, status none}, by field name so that the order is stable. */
    private static String actual(Map<String, String> values) {
        return new TreeMap<>(values).entrySet().stream().map(v -> v.getKey() + " " + v.getValue())
                .collect(Collectors.joining(", "));
    }

    private static Text cite(RuleRef rule) {
        return Text.builder().plain("“" + rule.name() + "” (").code(rule.location()).plain(")").build();
    }

    // ------------------------------------------------------------------ JSON

    private JsonNode data() {
        ObjectNode root = JsonPrinter.object();
        root.put("schema", SCHEMA);
        root.put("element", e.element().id());
        root.put("name", e.element().name());
        root.put("level", e.level().map(l -> l.level()).orElse(null));
        root.put("summary", opening().plain());
        ArrayNode heldAt = root.putArray("heldAtLevelBy");
        for (Held h : held()) {
            ObjectNode node = heldAt.addObject().put("dimension", h.dimension()).put("label", h.label());
            node.put("reliance", h.assessment().map(Assessment::reliance).orElse(null));
            node.put("status", h.assessment().map(Assessment::status).orElse(null));
            node.set("ceilingRule", h.ceiling().flatMap(Derivation::rule).map(ExplanationDocument::ruleJson)
                    .orElse(null));
        }
        Optional<PathResult> path = e.toNextLevel();
        root.put("nextLevel", path.map(PathResult::target).orElse(null));
        Optional<PathResult.Alternative> best = path.filter(p -> p.verdict().equals(PathResult.FOUND))
                .flatMap(p -> p.alternatives().stream().findFirst());
        if (best.isPresent()) {
            ArrayNode changes = root.putArray("toNextLevel");
            best.get().steps().forEach(s -> changes.addObject().put("dimension", s.dimension()).put("from", s.from())
                    .put("to", s.to()));
        } else {
            root.putNull("toNextLevel");
        }
        root.set("how", e.how().map(this::derivationJson).orElse(null));
        ArrayNode heldBy = root.putArray("heldBy");
        e.heldBy().forEach(d -> heldBy.add(derivationJson(d)));
        ArrayNode whyNot = root.putArray("whyNot");
        for (WhyNot.LevelNotReached level : e.whyNot().levels()) {
            ObjectNode l = whyNot.addObject().put("level", level.level());
            ArrayNode held = l.putArray("heldBackBy");
            for (WhyNot.HeldBack h : level.heldBackBy()) {
                ObjectNode hn = held.addObject().put("dimension", h.dimension()).put("ceiling", h.ceiling());
                hn.set("ceilingRule", ruleJson(h.ceilingRule()));
                ArrayNode alternatives = hn.putArray("alternatives");
                h.alternatives().forEach(a -> alternatives.add(diagnosisJson(a)));
            }
        }
        root.set("rule", e.rule().map(this::diagnosisJson).orElse(null));
        return root;
    }

    private ObjectNode derivationJson(Derivation d) {
        ObjectNode node = JsonPrinter.object();
        node.put("fact", words.of(d.fact()));
        node.put("factType", d.fact().getClass().getSimpleName());
        node.set("concludedBy", d.rule().map(ExplanationDocument::ruleJson).orElse(null));
        ArrayNode premises = node.putArray("premises");
        d.premises().forEach(p -> premises.add(derivationJson(p)));
        return node;
    }

    private static JsonNode ruleJson(RuleRef r) {
        ObjectNode node = JsonPrinter.object().put("name", r.name()).put("file", r.file()).put("line", r.line());
        node.put("rationale", r.rationale().orElse(null));
        return node;
    }

    private ObjectNode diagnosisJson(RuleDiagnosis d) {
        ObjectNode node = JsonPrinter.object();
        node.set("rule", ruleJson(d.rule()));
        node.put("firedForElement", d.firedForElement());
        ArrayNode patterns = node.putArray("conditions");
        for (PatternCheck p : d.patterns()) {
            ObjectNode pn = patterns.addObject().put("kind", p.kind()).put("pattern", p.source()).put("holds", p.holds());
            pn.put("fact", p.fact().map(words::of).orElse(null));
            ArrayNode cs = pn.putArray("constraints");
            for (ConditionCheck c : p.conditions()) {
                ObjectNode cn = cs.addObject().put("constraint", c.constraint()).put("evaluated", c.evaluated());
                cn.set("passed", c.passed().<JsonNode>map(JsonNodeFactory.instance::booleanNode)
                        .orElse(JsonNodeFactory.instance.nullNode()));
                ObjectNode actual = cn.putObject("actual");
                new TreeMap<>(c.actual()).forEach(actual::put);
            }
        }
        return node;
    }
}
