package org.cyberarms.advisor.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.knowledge.Suggestions;
import org.cyberarms.advisor.model.Element;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.KnowledgeScale;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Every word a rule compares with a field of a knowledge scale must be on that scale: a misspelt status, or
 * a level renamed in maturity-model.yaml that the rules still name, would otherwise make a rule silently
 * never match (or always), and levels would move with exit code 0. Each word off its scale is a problem
 * placed at the word, with the scale's words and the nearest one.
 */
final class VocabularyCheck {

    /** Beyond this many words a scale is listed by its first ones and its size (element ids can be thousands). */
    private static final int LISTED = 12;

    private VocabularyCheck() {}

    /**
     * @param withElementIds whether to check element ids too: only against the knowledge as loaded, not
     *                       against the synthetic or batched elements some runs use
     */
    static List<RuleProblem> problems(List<RuleConditions.ScaledWord> words, Knowledge knowledge,
            boolean withElementIds) {
        Map<KnowledgeScale, List<String>> scales = scales(knowledge);
        String modelFile = fileOf(knowledge, "maturity-model.yaml");
        String elementsFile = fileOf(knowledge, "elements.yaml");
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleConditions.ScaledWord w : words) {
            KnowledgeScale scale = w.scale().value();
            if (scale == KnowledgeScale.ELEMENT && !withElementIds
                    || w.word().isEmpty() && w.scale().orEmpty()) {
                continue;
            }
            List<String> allowed = scales.get(scale);
            if (!allowed.contains(w.word())) {
                String where = scale == KnowledgeScale.ELEMENT ? elementsFile : modelFile;
                problems.add(new RuleProblem(w.file(), w.line(), w.column(), message(w, scale, allowed, where)));
            }
        }
        problems.sort(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                .thenComparingInt(RuleProblem::column));
        return problems;
    }

    private static String message(RuleConditions.ScaledWord w, KnowledgeScale scale, List<String> allowed,
            String where) {
        String listed = allowed.size() <= LISTED
                ? String.join(", ", allowed)
                : String.join(", ", allowed.subList(0, LISTED)) + ", ... (" + allowed.size() + " in all)";
        String hint = Suggestions.didYouMean(w.word(), allowed).map(h -> " " + h).orElse("");
        return "\"" + w.word() + "\" is not " + scale.one() + ", so the rule compares " + w.field()
                + " with a word it never holds. " + capitalised(scale.all()) + " are: " + listed
                + (where.isEmpty() ? "" : " (" + where + ")") + "." + hint;
    }

    private static Map<KnowledgeScale, List<String>> scales(Knowledge knowledge) {
        MaturityModel model = knowledge.model();
        Map<KnowledgeScale, List<String>> scales = new EnumMap<>(KnowledgeScale.class);
        scales.put(KnowledgeScale.LEVEL, model.levels().names());
        scales.put(KnowledgeScale.STATUS, model.statuses().names());
        scales.put(KnowledgeScale.RELIANCE, model.reliances().names());
        scales.put(KnowledgeScale.DIMENSION, model.dimensionIds());
        scales.put(KnowledgeScale.ELEMENT, knowledge.elements().stream().map(Element::id).toList());
        return scales;
    }

    /** The knowledge file a scale is defined in, as the analyst named it; empty when not known. */
    private static String fileOf(Knowledge knowledge, String name) {
        return knowledge.files().stream().map(SourceFile::path)
                .filter(path -> Path.of(path).getFileName().toString().equals(name))
                .findFirst().orElse("");
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
