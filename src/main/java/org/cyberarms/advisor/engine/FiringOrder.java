package org.cyberarms.advisor.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.RuleRef;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.DescrResource;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;

/**
 * An order in which the engine may fire rules that are ready at the same time, for finding conclusions that
 * hang on that order. Drools chooses among ready rules by salience, then by an order the rule files do not
 * show: the order the rules were added to the rule base (files in name order, rules in line order) and,
 * within one rule, the order its facts were inserted. {@link #REVERSED_WITHOUT_SALIENCE} turns round all of
 * these that the advisor controls (it was seen to change E16's level when the bundled rules relied on
 * salience). A rule set whose conclusions follow from its conditions alone (truth maintenance:
 * {@code insertLogical}) concludes the same under every order; one that leans on salience or on the order
 * rules are written in does not.
 */
public enum FiringOrder {

    /** As every command runs the rules: salience honoured, rules and facts in the order they are written. */
    AS_WRITTEN("salience honoured, rules and facts in written order"),

    /**
     * Salience ignored, rules added last file first and last rule first, facts inserted last first: every
     * choice the engine makes among ready rules is turned round, and nothing is left to salience, so that a
     * conclusion that holds only thanks to salience shows up too.
     */
    REVERSED_WITHOUT_SALIENCE("salience ignored, rules and facts in reverse order");

    private final String description;

    FiringOrder(String description) {
        this.description = description;
    }

    /** The order in words, for messages. */
    public String description() {
        return description;
    }

    /** True when facts are to be inserted last first under this order (see {@link #arrange}). */
    public boolean reversesFacts() {
        return this == REVERSED_WITHOUT_SALIENCE;
    }

    /** The facts in the order this firing order inserts them. */
    public <T> List<T> arrange(List<T> facts) {
        if (!reversesFacts()) {
            return facts;
        }
        List<T> reversed = new ArrayList<>(facts);
        Collections.reverse(reversed);
        return reversed;
    }

    /**
     * Builds the rule base of {@code written} (built with {@link RuleBaseCompiler}) again from the same files,
     * with the rules added in this order. Rule names, files and lines stay those of {@code written}.
     *
     * @throws RuleBuildException never for rules that built: the texts are those {@code written} was built from
     */
    public RuleBase compile(RuleBase written) throws RuleBuildException {
        if (this == AS_WRITTEN) {
            return written;
        }
        List<Path> files = new ArrayList<>(written.sourceFiles().stream().map(f -> Path.of(f.path())).toList());
        Collections.reverse(files);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path file : files) {
            PackageDescr pkg = written.conditions().parseAgain(file);
            List<RuleDescr> rules = new ArrayList<>(pkg.getRules());
            Collections.reverse(rules);
            pkg.getRules().clear();
            for (RuleDescr rule : rules) {
                rule.getAttributes().remove("salience");
                pkg.addRule(rule);
            }
            builder.add(new DescrResource(pkg), ResourceType.DESCR);
        }
        if (builder.hasErrors()) {
            throw new RuleBuildException(List.of(new RuleProblem(files.get(0).getParent().toString(), 0, 0,
                    "the rule files changed while they were being checked; run the check again")));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());
        Map<String, RuleBaseCompiler.RuleLocation> locations = new HashMap<>();
        for (RuleRef rule : written.rules()) {
            locations.put(rule.name(), new RuleBaseCompiler.RuleLocation(rule.file(), rule.line()));
        }
        List<SourceFile> sources = written.sourceFiles();
        return new RuleBase(kieBase, locations, sources, written.conditions());
    }
}
