package org.cyberarms.advisor.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.diff.RunDifference.ActionChange;
import org.cyberarms.advisor.diff.RunDifference.ElementChange;
import org.cyberarms.advisor.diff.RunDifference.FileChange;
import org.cyberarms.advisor.diff.RunDifference.InputChange;
import org.cyberarms.advisor.diff.RunDifference.RuleChange;
import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.document.Text;

/**
 * A {@link RunDifference} as an answer: one plain sentence of what matters first, then each element that
 * changed in sentences ("E16 ...: likely → feasible. Rule '...' no longer fires on Verification, because
 * Verification changed weak → partial."), the practical actions, and the input files. Text, Markdown and HTML
 * name dimensions by the model's labels; JSON by their ids ({@code docs/diff.schema.json}).
 */
public final class DiffDocument {

    public static final String SCHEMA = "advisor-diff/1";

    /** Level moves named in the opening sentence; the rest are in the list of elements. */
    private static final int SUMMARY_MOVES = 5;

    /**
     * What was compared, in words the reader recognises.
     *
     * @param from e.g. "knowledge folder old-knowledge, rules folder rules", "revision HEAD~1", "the trace run.jsonl"
     * @param to   e.g. "knowledge folder knowledge, rules folder rules (now)"
     */
    public record Sides(String from, String to) {}

    private final Map<String, String> dimensionLabels;

    /** @param dimensionLabels dimension id to the model's label; an id without a label is shown as it is */
    private DiffDocument(Map<String, String> dimensionLabels) {
        this.dimensionLabels = Map.copyOf(dimensionLabels);
    }

    public static Document of(Sides sides, RunDifference difference, Map<String, String> dimensionLabels) {
        return new DiffDocument(dimensionLabels).build(sides, difference);
    }

    /** The answer's opening sentence, alone: what {@code audit verify} prints first. */
    public static String summary(RunDifference difference) {
        List<ElementChange> levels = difference.levelChanges();
        if (!levels.isEmpty()) {
            // One sentence stays one sentence: the first few moves, then how many more the list below gives.
            List<String> each = levels.stream().limit(SUMMARY_MOVES).map(DiffDocument::levelMove).toList();
            return count(levels.size(), "element changes", "elements change") + " level: " + String.join(", ", each)
                    + (levels.size() > SUMMARY_MOVES ? " and " + (levels.size() - SUMMARY_MOVES) + " more" : "") + ".";
        }
        if (!difference.sameConclusions()) {
            return "No element changes level, but " + otherChanges(difference) + ".";
        }
        long inputs = difference.elements().stream().mapToLong(e -> e.inputs().size()).sum();
        if (inputs > 0) {
            return "Nothing the rules conclude changed, though " + count(inputs, "input", "inputs") + " did.";
        }
        if (!difference.files().isEmpty()) {
            return "Nothing the rules conclude changed, and no status or reliance did; only the text of "
                    + count(difference.files().size(), "input file", "input files") + " changed.";
        }
        return "Nothing changed: the same levels, rules, recommendations, caveats and practical actions.";
    }

    private Document build(Sides sides, RunDifference difference) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Text.builder().strong(summary(difference)).build()));
        blocks.add(new Block.Definitions(List.of(new Block.Definition("From", Text.of(sides.from())),
                new Block.Definition("To", Text.of(sides.to())))));
        if (!difference.elements().isEmpty()) {
            String elsewhere = elsewhere(difference.files());
            blocks.add(Block.Section.of("Elements", List.of(new Block.BulletList(
                    difference.elements().stream().map(e -> element(e, elsewhere)).toList()))));
        }
        if (!difference.actions().isEmpty()) {
            blocks.add(Block.Section.of("Practical actions", List.of(Block.BulletList.of(
                    difference.actions().stream().map(a -> Text.of(action(a))).toList()))));
        }
        if (!difference.otherRules().isEmpty()) {
            blocks.add(Block.Section.of("Other rules", List.of(Block.BulletList.of(
                    difference.otherRules().stream().map(r -> Text.of(capitalised(rule(r)) + ".")).toList()))));
        }
        if (!difference.files().isEmpty()) {
            blocks.add(Block.Section.of("Input files", List.of(Block.BulletList.of(difference.files().stream()
                    .map(f -> Text.of(f.path() + ": " + f.change())).toList()))));
        }
        return Document.of("What changed", blocks).withData(data(sides, difference));
    }

    /** The element's move and its reason in one sentence, then each rule, recommendation, caveat and action. */
    private Block.Item element(ElementChange e, String elsewhere) {
        // One plain span: Markdown escapes each span on its own and would drop the spaces at its ends.
        StringBuilder text = new StringBuilder(e.elementId()).append(e.name().isEmpty() ? "" : " " + e.name());
        if (e.from().isEmpty()) {
            text.append(" is new: ").append(e.to().orElse("no level"));
        } else if (e.to().isEmpty()) {
            text.append(" is no longer assessed (was ").append(e.from().get()).append(")");
        } else if (!e.from().equals(e.to())) {
            text.append(": ").append(e.from().get()).append(" → ").append(e.to().get());
        } else {
            text.append(" stays ").append(e.from().get());
        }
        if (!e.inputs().isEmpty()) {
            boolean moved = !e.from().equals(e.to());
            text.append(moved ? ", because " : e.conclusionsSame() ? ", though " : "; ").append(inputs(e.inputs()));
        }
        text.append(e.conclusionsSame() ? ": no rule concludes anything different about it."
                : e.inputs().isEmpty() && e.from().isPresent() && e.to().isPresent()
                ? "; none of its statuses or reliances changed: " + elsewhere + "." : ".");
        List<String> details = new ArrayList<>();
        rules(e).forEach(details::add);
        e.recommendationsLost().forEach(r -> details.add("Recommendation '" + r.title() + "' (" + label(r.dimension())
                + ") is gone."));
        e.recommendationsGained().forEach(r -> details.add("Recommendation '" + r.title() + "' ("
                + label(r.dimension()) + ") is new."));
        e.caveatsLost().forEach(c -> details.add("Caveat gone: " + quoted(c.text())));
        e.caveatsGained().forEach(c -> details.add("New caveat: " + quoted(c.text())));
        e.actions().forEach(a -> details.add(action(a)));
        List<Block> children = details.isEmpty() ? List.of()
                : List.of(Block.BulletList.of(details.stream().map(Text::of).toList()));
        return new Block.Item(Text.of(text.toString()), children);
    }

    /** Why an element whose inputs did not change concludes otherwise: the rule files that changed, if any. */
    private static String elsewhere(List<FileChange> files) {
        List<String> rules = files.stream().map(FileChange::path).filter(p -> p.endsWith(".drl")).toList();
        return rules.isEmpty() ? "the rules or other elements did"
                : "the rules did (" + String.join(", ", rules) + ")";
    }

    /**
     * One sentence per rule and direction, its dimensions together ("now fires on Compliance and
     * Verification"); the reason is repeated only when it is narrower than the element's.
     */
    private List<String> rules(ElementChange e) {
        record Line(String head, String because) {}
        Map<Line, List<String>> dimensions = new LinkedHashMap<>();
        for (RuleChange r : e.rules()) {
            Line line = new Line("Rule '" + r.firing().rule() + "' " + (r.nowFires() ? "now fires" : "no longer fires"),
                    r.because().equals(e.inputs()) ? "" : ", because " + inputs(r.because()));
            List<String> on = dimensions.computeIfAbsent(line, k -> new ArrayList<>());
            r.firing().dimensions().stream().map(this::label).filter(d -> !on.contains(d)).forEach(on::add);
        }
        List<String> sentences = new ArrayList<>();
        dimensions.forEach((line, on) -> sentences.add(line.head() + (on.isEmpty() ? "" : " on " + and(on))
                + line.because() + "."));
        return sentences;
    }

    private static String quoted(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    /** {@code rule 'X' no longer fires on Verification}, for rules about no single element */
    private String rule(RuleChange r) {
        List<String> on = r.firing().dimensions().stream().map(this::label).toList();
        return "rule '" + r.firing().rule() + "' " + (r.nowFires() ? "now fires" : "no longer fires")
                + (on.isEmpty() ? "" : " on " + and(on));
    }

    private String inputs(List<InputChange> changes) {
        return and(changes.stream().map(this::input).toList());
    }

    private String input(InputChange c) {
        String dimension = label(c.dimension());
        return switch (c.field()) {
            case "status" -> dimension + " changed " + c.from() + " → " + c.to();
            case "rounds" -> dimension + "'s earlier rounds changed (" + c.from() + " → " + c.to() + ")";
            case "reliance" -> "reliance on " + dimension + " changed " + c.from() + " → " + c.to();
            case "panel" -> "the panel's scores on " + dimension + " changed";
            default -> c.from().isEmpty() ? dimension + " is newly assessed (" + c.to() + ")"
                    : dimension + " is no longer assessed";
        };
    }

    private String action(ActionChange a) {
        String title = "Practical action '" + a.action().title() + "' (" + label(a.action().dimension()) + ")";
        if (a.elementsFrom().isEmpty()) {
            return title + " is new, naming " + String.join(", ", a.elementsTo()) + ".";
        }
        if (a.elementsTo().isEmpty()) {
            return title + " is gone (it named " + String.join(", ", a.elementsFrom()) + ").";
        }
        List<String> added = a.elementsTo().stream().filter(id -> !a.elementsFrom().contains(id)).toList();
        List<String> dropped = a.elementsFrom().stream().filter(id -> !a.elementsTo().contains(id)).toList();
        List<String> how = new ArrayList<>();
        if (!added.isEmpty()) {
            how.add("adds " + String.join(", ", added));
        }
        if (!dropped.isEmpty()) {
            how.add("drops " + String.join(", ", dropped));
        }
        return title + " now names " + count(a.elementsTo().size(), "element", "elements") + " ("
                + String.join("; ", how) + ").";
    }

    private String label(String dimension) {
        return dimensionLabels.getOrDefault(dimension, dimension);
    }

    private static String levelMove(ElementChange e) {
        if (e.from().isEmpty()) {
            return e.elementId() + " new (" + e.to().orElse("no level") + ")";
        }
        if (e.to().isEmpty()) {
            return e.elementId() + " removed (was " + e.from().get() + ")";
        }
        return e.elementId() + " " + e.from().get() + " → " + e.to().get();
    }

    private static String otherChanges(RunDifference d) {
        long rules = d.elements().stream().mapToLong(e -> e.rules().size()).sum() + d.otherRules().size();
        long recommendations = d.elements().stream()
                .mapToLong(e -> e.recommendationsGained().size() + e.recommendationsLost().size()).sum();
        long caveats = d.elements().stream().mapToLong(e -> e.caveatsGained().size() + e.caveatsLost().size()).sum();
        List<String> parts = new ArrayList<>();
        if (rules > 0) {
            parts.add(count(rules, "rule firing", "rule firings") + " changed");
        }
        if (recommendations > 0) {
            parts.add(count(recommendations, "recommendation", "recommendations") + " changed");
        }
        if (caveats > 0) {
            parts.add(count(caveats, "caveat", "caveats") + " changed");
        }
        if (!d.actions().isEmpty()) {
            parts.add(count(d.actions().size(), "practical action", "practical actions") + " changed");
        }
        return and(parts);
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String and(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static ObjectNode data(Sides sides, RunDifference d) {
        ObjectNode root = JsonPrinter.object();
        root.put("schema", SCHEMA);
        root.put("kind", "diff");
        root.put("summary", summary(d));
        root.put("from", sides.from());
        root.put("to", sides.to());
        ArrayNode elements = root.putArray("elements");
        for (ElementChange e : d.elements()) {
            ObjectNode node = elements.addObject();
            node.put("elementId", e.elementId());
            node.put("name", e.name());
            putOptional(node, "levelFrom", e.from());
            putOptional(node, "levelTo", e.to());
            node.put("direction", e.direction());
            ArrayNode inputs = node.putArray("inputChanges");
            e.inputs().forEach(c -> input(inputs.addObject(), c));
            ArrayNode rules = node.putArray("rules");
            e.rules().forEach(r -> rule(rules.addObject(), r));
            ArrayNode recommendations = node.putArray("recommendations");
            e.recommendationsLost().forEach(r -> recommendations.addObject().put("dimension", r.dimension())
                    .put("title", r.title()).put("change", "lost"));
            e.recommendationsGained().forEach(r -> recommendations.addObject().put("dimension", r.dimension())
                    .put("title", r.title()).put("change", "gained"));
            ArrayNode caveats = node.putArray("caveats");
            e.caveatsLost().forEach(c -> caveat(caveats.addObject(), c, "lost"));
            e.caveatsGained().forEach(c -> caveat(caveats.addObject(), c, "gained"));
            ArrayNode actions = node.putArray("practicalActions");
            e.actions().forEach(a -> actions.addObject().put("dimension", a.action().dimension())
                    .put("title", a.action().title())
                    .put("change", a.elementsTo().contains(e.elementId()) ? "named" : "no-longer-named"));
        }
        ArrayNode actions = root.putArray("practicalActions");
        for (ActionChange a : d.actions()) {
            ObjectNode node = actions.addObject();
            node.put("dimension", a.action().dimension());
            node.put("title", a.action().title());
            node.put("change", a.elementsFrom().isEmpty() ? "gained" : a.elementsTo().isEmpty() ? "lost" : "elements");
            a.elementsFrom().forEach(node.putArray("elementsFrom")::add);
            a.elementsTo().forEach(node.putArray("elementsTo")::add);
        }
        ArrayNode otherRules = root.putArray("otherRules");
        d.otherRules().forEach(r -> rule(otherRules.addObject(), r));
        ArrayNode files = root.putArray("files");
        for (FileChange f : d.files()) {
            files.addObject().put("path", f.path()).put("change", f.change());
        }
        return root;
    }

    private static void putOptional(ObjectNode node, String key, Optional<String> value) {
        if (value.isPresent()) {
            node.put(key, value.get());
        } else {
            node.putNull(key);
        }
    }

    private static void input(ObjectNode node, InputChange c) {
        node.put("dimension", c.dimension()).put("field", c.field()).put("from", c.from()).put("to", c.to());
    }

    private static void rule(ObjectNode node, RuleChange r) {
        node.put("rule", r.firing().rule());
        node.put("location", r.firing().location());
        ArrayNode dimensions = node.putArray("dimensions");
        r.firing().dimensions().forEach(dimensions::add);
        node.put("change", r.nowFires() ? "now-fires" : "no-longer-fires");
        ArrayNode because = node.putArray("because");
        r.because().forEach(c -> input(because.addObject(), c));
    }

    private static void caveat(ObjectNode node, RunSnapshot.Caveat c, String change) {
        node.put("dimension", c.dimension()).put("kind", c.kind()).put("text", c.text()).put("change", change);
    }
}
