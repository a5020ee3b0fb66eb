package org.cyberarms.advisor.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cyberarms.advisor.model.OnScale;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The conditions of every rule, as Drools' own DRL parser reads them: for each rule, its top-level patterns
 * (plain, {@code not}, {@code exists}) with each constraint's text, and the types its consequence creates;
 * and every word a condition compares with a field that holds words of a knowledge scale. Parsed once, when
 * the rule base is built, and kept with it. Used to check a rule's conditions one by one against actual
 * facts, and the rules' words against the knowledge's scales.
 */
final class RuleConditions {

    private static final Pattern NEW_FACT = Pattern.compile("new\\s+([A-Z]\\w*)\\s*\\(");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_]\\w*");

    /** One condition of a rule. {@code kind}: pattern, not, exists, or unchecked (accumulate, from, or, ...). */
    record Condition(String kind, String binding, String objectType, List<String> constraints, String text,
            boolean fromSource) {}

    /** A rule's conditions, the package and imports of its file (for probes), and what it concludes. */
    record RuleShape(String name, String packageName, List<String> imports, List<Condition> conditions,
            List<String> concludes) {}

    /**
     * A word a condition compares with a field marked {@link OnScale} ({@code status == "weak"},
     * {@code name in ("likely")}, {@code "weak" != status}), placed at the word's opening quote.
     */
    record ScaledWord(String file, int line, int column, String field, String word, OnScale scale) {}

    private final Map<String, RuleShape> rules;
    private final Map<String, AssessmentRules.Use> assessmentUses;
    /** Why each rule that does not conclude by truth maintenance alone does not (see {@link TruthMaintenance}). */
    private final Map<String, String> truthExceptions;
    private final List<ScaledWord> scaledWords;
    /** The text of each file as it was built, so that a rebuild in another order reads no file again. */
    private final Map<Path, String> texts;

    private RuleConditions(Map<String, RuleShape> rules, Map<String, AssessmentRules.Use> assessmentUses,
            Map<String, String> truthExceptions, List<ScaledWord> scaledWords, Map<Path, String> texts) {
        this.rules = rules;
        this.assessmentUses = Map.copyOf(assessmentUses);
        this.truthExceptions = Map.copyOf(truthExceptions);
        this.scaledWords = List.copyOf(scaledWords);
        this.texts = texts;
    }

    /** @param files the rule files, named as the analyst knows them (messages use the same names) */
    /** Parses the rule files from their texts, as {@link RuleFiles} read and checked them (UTF-8). */
    static RuleConditions parse(Map<Path, String> texts) {
        Map<String, RuleShape> rules = new HashMap<>();
        Map<String, AssessmentRules.Use> assessmentUses = new HashMap<>();
        Map<String, String> truthExceptions = new HashMap<>();
        Map<String, Optional<Class<?>>> types = new HashMap<>();
        List<ScaledWord> scaledWords = new ArrayList<>();
        for (Map.Entry<Path, String> source : texts.entrySet()) {
            Path file = source.getKey();
            String text = source.getValue();
            PackageDescr pkg = parseFile(file, text);
            List<String> imports = pkg.getImports().stream().map(ImportDescr::getTarget).toList();
            for (RuleDescr rule : pkg.getRules()) {
                List<PatternDescr> patterns = new ArrayList<>();
                patterns(rule.getLhs(), patterns);
                for (PatternDescr pattern : patterns) {
                    scaledWords(file, text, pattern, imports, scaledWords);
                }
                List<Condition> conditions = new ArrayList<>();
                for (BaseDescr descr : rule.getLhs().getDescrs()) {
                    conditions.add(condition(descr));
                }
                List<String> concludes = new ArrayList<>();
                Matcher m = NEW_FACT.matcher(String.valueOf(rule.getConsequence()));
                while (m.find()) {
                    concludes.add(m.group(1));
                }
                rules.put(rule.getName(), new RuleShape(rule.getName(), pkg.getName(), imports, conditions, concludes));
                assessmentUses.put(rule.getName(), AssessmentRules.of(rule, imports, types));
                TruthMaintenance.exception(rule).ifPresent(why -> truthExceptions.put(rule.getName(), why));
            }
        }
        return new RuleConditions(rules, assessmentUses, truthExceptions, scaledWords, Map.copyOf(texts));
    }

    Optional<RuleShape> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    /** How each rule reads assessments, by rule name (see {@link AssessmentRules}). */
    Map<String, AssessmentRules.Use> assessmentUses() {
        return assessmentUses;
    }

    /** Why each rule that does not conclude by truth maintenance alone does not, by rule name. */
    Map<String, String> truthExceptions() {
        return truthExceptions;
    }

    List<RuleShape> all() {
        return List.copyOf(rules.values());
    }

    /** Every word the rules compare with a field of a knowledge scale, in file and line order. */
    List<ScaledWord> scaledWords() {
        return scaledWords;
    }

    /** Every pattern of a condition, at any depth: inside not, exists, or, forall, accumulate and collect. */
    static void patterns(BaseDescr descr, List<PatternDescr> found) {
        if (descr instanceof PatternDescr p) {
            found.add(p);
            if (p.getSource() instanceof AccumulateDescr accumulate) {
                patterns(accumulate.getInput(), found);
            } else if (p.getSource() instanceof CollectDescr collect) {
                patterns(collect.getInputPattern(), found);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr inner : element.getDescrs()) {
                patterns(inner, found);
            }
        }
    }

    /**
     * The words this pattern's constraints compare with a field of a knowledge scale. Drools' expression
     * parser reads each constraint ({@code in (...)} becomes {@code ==} ... {@code ||}, {@code not in} becomes
     * {@code !=} ... {@code &&}); each word is then found in the source from the constraint's start on, so
     * that it is placed where it is written.
     */
    private static void scaledWords(Path file, String text, PatternDescr pattern, List<String> imports,
            List<ScaledWord> found) {
        Optional<Class<?>> type = factType(pattern.getObjectType(), imports);
        if (type.isEmpty()) {
            return;
        }
        for (BaseDescr c : pattern.getDescrs()) {
            if (!(c instanceof ExprConstraintDescr constraint)) {
                continue;
            }
            DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
            ConstraintConnectiveDescr parsed = parser.parse(constraint.getExpression());
            if (parsed == null || parser.hasErrors()) {
                continue;
            }
            List<RelationalExprDescr> comparisons = new ArrayList<>();
            comparisons(parsed, comparisons);
            int from = constraintStart(text, constraint);
            for (RelationalExprDescr comparison : comparisons) {
                if (!comparison.getOperator().equals("==") && !comparison.getOperator().equals("!=")) {
                    continue;
                }
                Optional<String[]> fieldAndWord = fieldAndWord(comparison);
                if (fieldAndWord.isEmpty()) {
                    continue;
                }
                String field = fieldAndWord.get()[0];
                String quoted = fieldAndWord.get()[1];
                int at = text.indexOf(quoted, from);
                if (at < 0) {
                    continue; // written in a way the source does not show verbatim: nothing to place
                }
                from = at + quoted.length();
                Optional<OnScale> scale = scaleOf(type.get(), field);
                if (scale.isPresent()) {
                    int line = (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
                    int column = at - (text.lastIndexOf('\n', at - 1) + 1) + 1;
                    found.add(new ScaledWord(file.toString(), line, column, field,
                            quoted.substring(1, quoted.length() - 1), scale.get()));
                }
            }
        }
    }

    private static void comparisons(BaseDescr descr, List<RelationalExprDescr> found) {
        if (descr instanceof RelationalExprDescr r) {
            found.add(r);
        } else if (descr instanceof ConstraintConnectiveDescr connective) {
            connective.getDescrs().forEach(inner -> comparisons(inner, found));
        }
    }

    /** {field, "word"} of {@code field == "word"} or {@code "word" == field}; empty for anything else. */
    private static Optional<String[]> fieldAndWord(RelationalExprDescr comparison) {
        if (!(comparison.getLeft() instanceof AtomicExprDescr left)
                || !(comparison.getRight() instanceof AtomicExprDescr right)) {
            return Optional.empty();
        }
        if (FIELD.matcher(left.getExpression()).matches() && isString(right)) {
            return Optional.of(new String[] {left.getExpression(), right.getExpression()});
        }
        if (FIELD.matcher(right.getExpression()).matches() && isString(left)) {
            return Optional.of(new String[] {right.getExpression(), left.getExpression()});
        }
        return Optional.empty();
    }

    private static boolean isString(AtomicExprDescr atom) {
        String e = atom.getExpression();
        return atom.isLiteral() && e.length() >= 2
                && (e.startsWith("\"") && e.endsWith("\"") || e.startsWith("'") && e.endsWith("'"));
    }

    /** Where the constraint starts in the file: the parser's offset when it points at the constraint's text. */
    private static int constraintStart(String text, ExprConstraintDescr constraint) {
        int start = constraint.getStartCharacter();
        String expression = constraint.getExpression().strip();
        if (start >= 0 && start < text.length() && text.startsWith(expression, start)) {
            return start;
        }
        int line = Math.max(constraint.getLine(), 1);
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        int found = text.indexOf(expression, Math.max(offset, 0));
        return found >= 0 ? found : Math.max(offset, 0);
    }

    /** The class a pattern matches, through the file's imports; empty for a type declared in DRL or not found. */
    static Optional<Class<?>> factType(String name, List<String> imports) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        for (String target : imports) {
            if (target.endsWith("." + name)) {
                candidates.add(target);
            } else if (target.endsWith(".*")) {
                candidates.add(target.substring(0, target.length() - 1) + name);
            }
        }
        for (String candidate : candidates) {
            try {
                return Optional.of(Class.forName(candidate, false, RuleConditions.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // not this one; the build has already resolved the type, so another candidate matches
            }
        }
        return Optional.empty();
    }

    /** The scale a fact's field holds words of: from {@link OnScale} on its accessor. */
    private static Optional<OnScale> scaleOf(Class<?> type, String field) {
        String capitalised = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String accessor : List.of(field, "get" + capitalised, "is" + capitalised)) {
            try {
                return Optional.ofNullable(type.getMethod(accessor).getAnnotation(OnScale.class));
            } catch (NoSuchMethodException e) {
                // try the next naming convention
            }
        }
        return Optional.empty();
    }

    private static Condition condition(BaseDescr descr) {
        if (descr instanceof PatternDescr p) {
            return pattern("pattern", p);
        }
        if (descr instanceof NotDescr n && n.getDescrs().size() == 1 && n.getDescrs().get(0) instanceof PatternDescr p) {
            return pattern("not", p);
        }
        if (descr instanceof ExistsDescr x && x.getDescrs().size() == 1 && x.getDescrs().get(0) instanceof PatternDescr p) {
            return pattern("exists", p);
        }
        // Never the descriptor's toString(): that is Drools' class name and fields, not what the analyst wrote.
        return new Condition("unchecked", "", "", List.of(), descr.getText() == null
                ? "(a condition with accumulate, from, or, forall or eval)" : descr.getText(), true);
    }

    private static Condition pattern(String kind, PatternDescr p) {
        List<String> constraints = new ArrayList<>();
        for (BaseDescr c : p.getDescrs()) {
            constraints.add(c instanceof ExprConstraintDescr e ? e.getExpression().strip() : c.getText());
        }
        String binding = p.getIdentifier() == null ? "" : p.getIdentifier();
        String text = (kind.equals("pattern") ? "" : kind + " ") + (binding.isEmpty() ? "" : binding + " : ")
                + p.getObjectType() + "( " + String.join(", ", constraints) + " )";
        return new Condition(p.getSource() == null ? kind : "unchecked", binding, p.getObjectType(), constraints, text,
                p.getSource() != null);
    }

    /** Parses one rule file of this rule base again, from the text it was built from. */
    PackageDescr parseAgain(Path file) {
        String text = texts.get(file);
        if (text == null) {
            throw new IllegalArgumentException("not a rule file of this rule base: " + file);
        }
        return parseFile(file, text);
    }

    private static PackageDescr parseFile(Path file, String text) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, text);
            if (pkg == null || parser.hasErrors()) {
                throw new IllegalStateException("rule file " + file + " does not parse, yet it built: " + parser.getErrors());
            }
            return pkg;
        } catch (DroolsParserException e) {
            throw new IllegalStateException("rule file " + file + " does not parse: " + e.getMessage(), e);
        }
    }
}
