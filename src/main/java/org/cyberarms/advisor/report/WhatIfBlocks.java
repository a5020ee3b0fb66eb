package org.cyberarms.advisor.report;

import org.cyberarms.advisor.model.MaturityModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Mark;
import org.cyberarms.advisor.document.Span;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.scenario.Comparison;

/** The pieces the what-if answers (comparison, path, sensitivity) tell alike, written once. */
final class WhatIfBlocks {

    /** Arguments a shell takes as they are; anything else is quoted. */
    private static final Pattern PLAIN_ARGUMENT = Pattern.compile("[A-Za-z0-9_./=,:+@%-]+");

    private WhatIfBlocks() {}

    /**
     * A level in a table: shaded by its rank on the level scale; when the what-if moved it, ↑ or ↓ and the
     * changed mark, so that a change never shows by colour alone.
     */
    static Block.Cell level(Optional<String> level, int direction, List<String> levels) {
        String arrow = direction > 0 ? "↑ " : direction < 0 ? "↓ " : "";
        Optional<Block.Shade> shade = level.filter(levels::contains)
                .map(l -> new Block.Shade(levels.indexOf(l), levels.size()));
        return new Block.Cell(Text.of(arrow + level.orElse("—")), shade,
                direction == 0 ? Set.of() : Set.of(Mark.CHANGED));
    }

    /**
     * A rule that fires differently: {@code no longer fires: "RULE" (file:line) on E03.attribution}, and with
     * {@code because} the facts under it, the what-if's values marked ({@code ; because E03.attribution status
     * none => status partial*}). A firing whose facts name no element (an action over several) names none,
     * rather than ending in "on".
     */
    static Text ruleChange(Comparison.RuleChange rule, String fires, String stops, boolean because,
            Map<String, String> labels) {
        Text.Builder text = Text.builder().plain((rule.firesInScenario() ? fires : stops) + ": ")
                .strong(rule.rule()).plain(" (").code(rule.location()).plain(")");
        if (!rule.subjects().isBlank()) {
            text.plain(" on " + inWords(rule.subjects(), labels));
        }
        if (because && !rule.becauseOf().isEmpty()) {
            text.plain("; because ");
            for (int i = 0; i < rule.becauseOf().size(); i++) {
                Comparison.FactChange fact = rule.becauseOf().get(i);
                text.plain((i == 0 ? "" : "; ") + inWords(fact.subject(), labels) + " " + fact.before() + " => ")
                        .marked(fact.after(), Mark.CHANGED);
            }
        }
        return text.build();
    }

    /**
     * Subjects as a reader says them: {@code E03 E03.attribution} becomes {@code E03, E03 Attribution}, with the
     * model's dimension labels ({@code labels}: id to label; an id without a label stays as it is).
     */
    static String inWords(String subjects, Map<String, String> labels) {
        List<String> words = new ArrayList<>();
        for (String subject : subjects.strip().split(",\\s*|\\s+")) {
            int dot = subject.indexOf('.');
            words.add(dot < 0 ? subject
                    : subject.substring(0, dot) + " " + labels.getOrDefault(subject.substring(dot + 1),
                            subject.substring(dot + 1)));
        }
        return String.join(", ", words);
    }

    /** The model's dimension labels by id. */
    static Map<String, String> labels(MaturityModel model) {
        Map<String, String> labels = new LinkedHashMap<>();
        model.dimensions().forEach(d -> labels.put(d.id(), d.name()));
        return labels;
    }

    /** {@code E03 Verification status: none -> partial*}, the new value marked. */
    static Text assumed(WhatIf.Change change) {
        return Text.builder().plain(change.element() + " " + change.dimensionLabel() + " " + change.field() + ": "
                + change.from() + " -> ").marked(change.to(), Mark.CHANGED).build();
    }

    /** The value as the answer shows it, marked when the what-if set it. */
    static Text value(String value, Optional<WhatIf> whatIf, String element, String dimension, String field) {
        boolean changed = whatIf.map(w -> w.changes().stream().anyMatch(c -> c.element().equals(element)
                && c.dimension().equals(dimension) && c.field().equals(field))).orElse(false);
        return changed ? Text.of(new Span.Marked(value, Mark.CHANGED)) : Text.of(value);
    }

    /** A list, or a sentence saying there is nothing to list. */
    static Block list(List<Text> items, String whenEmpty) {
        return items.isEmpty() ? Block.Paragraph.of(whenEmpty) : Block.BulletList.of(items);
    }

    /** A command as README runs it, its arguments quoted for a POSIX shell where they need it. */
    static Block.CommandLine command(List<String> arguments) {
        StringBuilder line = new StringBuilder("./advisor");
        for (String argument : arguments) {
            line.append(' ').append(PLAIN_ARGUMENT.matcher(argument).matches() ? argument
                    : "'" + argument.replace("'", "'\\''") + "'");
        }
        return new Block.CommandLine(line.toString());
    }
}
