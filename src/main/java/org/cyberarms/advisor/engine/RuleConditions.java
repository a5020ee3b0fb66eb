package org.cyberarms.advisor.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The conditions of every rule, as Drools' own DRL parser reads them: for each rule, its top-level patterns
 * (plain, {@code not}, {@code exists}) with each constraint's text, and the types its consequence creates.
 * Used to check a rule's conditions one by one against actual facts.
 */
final class RuleConditions {

    private static final Pattern NEW_FACT = Pattern.compile("new\\s+([A-Z]\\w*)\\s*\\(");

    /** One condition of a rule. {@code kind}: pattern, not, exists, or unchecked (accumulate, from, or, ...). */
    record Condition(String kind, String binding, String objectType, List<String> constraints, String text,
            boolean fromSource) {}

    /** A rule's conditions, the package and imports of its file (for probes), and what it concludes. */
    record RuleShape(String name, String packageName, List<String> imports, List<Condition> conditions,
            List<String> concludes) {}

    private final Map<String, RuleShape> rules;

    private RuleConditions(Map<String, RuleShape> rules) {
        this.rules = rules;
    }

    static RuleConditions parse(List<Path> files) {
        Map<String, RuleShape> rules = new HashMap<>();
        for (Path file : files) {
            PackageDescr pkg = parseFile(file);
            List<String> imports = pkg.getImports().stream().map(ImportDescr::getTarget).toList();
            for (RuleDescr rule : pkg.getRules()) {
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
            }
        }
        return new RuleConditions(rules);
    }

    Optional<RuleShape> rule(String name) {
        return Optional.ofNullable(rules.get(name));
    }

    List<RuleShape> all() {
        return List.copyOf(rules.values());
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
        return new Condition("unchecked", "", "", List.of(), descr.getText() == null ? descr.toString() : descr.getText(),
                true);
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

    /** Parses one rule file that built (so a parse error here means it changed since). */
    static PackageDescr parseFile(Path file) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr pkg = parser.parse(false, Files.readString(file, StandardCharsets.UTF_8));
            if (pkg == null || parser.hasErrors()) {
                throw new IllegalStateException("rule file " + file + " does not parse, yet it built: " + parser.getErrors());
            }
            return pkg;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rule file " + file, e);
        } catch (DroolsParserException e) {
            throw new IllegalStateException("rule file " + file + " does not parse: " + e.getMessage(), e);
        }
    }
}
