package org.cyberarms.advisor.engine;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.drools.drl.ast.descr.RuleDescr;

/**
 * Whether every rule concludes by truth maintenance alone: its action only inserts facts with
 * {@code insertLogical}, and it has no attribute that ties its firing to the order of the agenda
 * ({@code salience}, {@code no-loop}, {@code agenda-group}, {@code activation-group}, ...). Such a rule set
 * is written the way the bundled rule files ask ("the order of rules and files does not matter"): what a
 * rule concludes holds while its conditions hold, whichever rule made the facts it reads and whenever they
 * came. {@code advisor check} groups a dimension's values by what the rules conclude from them only for such
 * a rule set; for any other it groups only values on which the very same rules fire.
 *
 * @param exceptions for each rule that concludes in another way, in plain words, the rule, where it is and
 *                   what it does ({@code rule "X" (rules/a.drl:12) has salience}); empty when none does
 */
public record TruthMaintenance(List<String> exceptions) {

    private static final Pattern PLAIN_INSERT = Pattern.compile("\\binsert\\s*\\(");
    private static final Pattern CHANGES_FACTS =
            Pattern.compile("\\b(modify|update|delete|retract|drools|kcontext|halt)\\b|\\.set[A-Z]\\w*\\s*\\(");

    public TruthMaintenance {
        exceptions = List.copyOf(exceptions);
    }

    /** True when every rule concludes with insertLogical alone and none has an order-tying attribute. */
    public boolean holds() {
        return exceptions.isEmpty();
    }

    /** Why {@code rule} does not conclude by truth maintenance alone, in words; empty when it does. */
    static Optional<String> exception(RuleDescr rule) {
        for (String attribute : rule.getAttributes().keySet()) {
            if (!attribute.equals("dialect")) {
                return Optional.of("has the attribute `" + attribute + "`, which ties its firing to the order of the"
                        + " agenda");
            }
        }
        String consequence = String.valueOf(rule.getConsequence());
        if (PLAIN_INSERT.matcher(consequence).find()) {
            return Optional.of("concludes with a plain `insert`, which stays when its conditions stop holding");
        }
        if (CHANGES_FACTS.matcher(consequence).find()) {
            return Optional.of("changes or removes facts in its action, or reaches into the engine");
        }
        return Optional.empty();
    }
}
