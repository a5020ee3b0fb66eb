package org.cyberarms.advisor.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.model.Pack;
import org.cyberarms.advisor.trace.RuleRef;

/**
 * The answer of {@code advisor check} as a {@link Document}: the verdict first ("3 findings: ..." or "No
 * findings"), what was checked, then each finding: what is wrong, where, the rules involved, examples, what to
 * change, and a command to look further. JSON follows {@code docs/check.schema.json}.
 */
public final class CheckAnswer {

    public static final String SCHEMA = "advisor-check/1";

    /** Stands, in a heading, for the pack's noun for a dimension with its article. */
    private static final String DIMENSION = "DIMENSION";
    /** Each kind of finding in plain words, for its heading. */
    private static final Map<String, String> TITLES = Map.of(
            "build", "The rules do not build",
            "gap", "Combinations with no level",
            "conflict", "Combinations with several levels",
            "no-recommendation", "Lowest level without a recommendation",
            "order-dependence", "Conclusions that depend on the firing order",
            "unreached-level", "A level no combination reaches",
            "unadvised-dimension", DIMENSION + " the rules never advise on",
            "dead-rule", "A rule that never fires",
            "no-rationale", "A rule without a rationale");

    private CheckAnswer() {}

    /**
     * @param rulesDir     the rules folder as the command was given it
     * @param knowledgeDir the knowledge folder as the command was given it
     * @param anElement    an element of that knowledge, to explain a rule on; empty when it has none
     */
    public static Document of(CheckResult result, Path rulesDir, Path knowledgeDir, Optional<String> anElement) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(verdict(result)));
        blocks.add(new Block.Paragraph(checked(result, rulesDir)));
        int n = 0;
        for (CheckFinding finding : result.findings()) {
            blocks.add(section(++n, finding, rulesDir, knowledgeDir, anElement, result.words()));
        }
        return Document.of("Rule check", blocks).withData(json(result, rulesDir));
    }

    private static Text verdict(CheckResult result) {
        if (result.passed()) {
            return Text.builder().strong("No findings:").plain(" the rules pass every check.").build();
        }
        Map<String, Integer> kinds = new LinkedHashMap<>();
        result.findings().forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        String listed = kinds.entrySet().stream()
                .map(k -> k.getValue() == 1 ? k.getKey() : k.getKey() + " ×" + k.getValue())
                .collect(Collectors.joining(", "));
        int count = result.findings().size();
        return Text.builder().strong(count + (count == 1 ? " finding: " : " findings: ") + listed + ".")
                .plain(" Fix " + (count == 1 ? "it" : "them") + " before using these rules.").build();
    }

    private static Text checked(CheckResult result, Path rulesDir) {
        Text.Builder text = Text.builder();
        if (result.findings().stream().anyMatch(f -> f.kind().equals("build"))) {
            return text.plain("The rule files in ").code(TestAnswer.folder(rulesDir))
                    .plain(" do not build, so nothing else was checked.").build();
        }
        return text.plain("Checked the " + result.rules() + " rules in ").code(TestAnswer.folder(rulesDir))
                .plain(" with every combination of " + result.varied() + ": " + count(result.combinations())
                        + " combinations (" + result.enumerated() + "), each run as one " + result.words().element()
                        + ", in the order the"
                        + " rules are written and in reverse order.")
                .plain(" " + howRun(result))
                .build();
    }

    /** Whether every combination was run, or one for each group the rules cannot tell apart, and why. */
    private static String howRun(CheckResult result) {
        if (result.exhaustiveBecause().isPresent()) {
            return "Every one of the " + count(result.combinations()) + " combinations was run, because "
                    + result.exhaustiveBecause().get() + ".";
        }
        if (result.run() == result.combinations()) {
            return "Every one was run: the rules tell every value of every " + result.words().dimension() + " apart.";
        }
        String grouped = "The rules read each assessment on its own and cannot tell some values of "
                + Pack.Words.withArticle(result.words().dimension()) + " apart, so "
                + count(result.run()) + " of them were run, one for each group of combinations that conclude"
                + " alike; the findings count and show every combination.";
        return result.byRulesBecause().map(why -> grouped + " Values were grouped only where the very same rules"
                + " fire on them, because " + why + ".").orElse(grouped);
    }

    /** A finding's heading in words, with the pack's noun for a dimension ("An area the rules never advise on"). */
    private static String title(CheckFinding finding, Pack.Words words) {
        String title = TITLES.getOrDefault(finding.kind(), finding.kind());
        if (!title.startsWith(DIMENSION)) {
            return title;
        }
        String dimension = Pack.Words.withArticle(words.dimension());
        return Character.toUpperCase(dimension.charAt(0)) + dimension.substring(1) + title.substring(DIMENSION.length());
    }

    private static Block section(int n, CheckFinding finding, Path rulesDir, Path knowledgeDir,
            Optional<String> anElement, Pack.Words words) {
        Text.Builder heading = Text.builder().plain(n + ". " + title(finding, words) + " (" + finding.kind() + ")");
        if (!finding.where().isEmpty()) {
            heading.plain(" at ").code(finding.where());
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of(finding.problem()));
        boolean onlyTheRuleAtWhere = finding.rules().size() == 1
                && finding.rules().get(0).location().equals(finding.where());
        if (!finding.rules().isEmpty() && !onlyTheRuleAtWhere) {
            List<Text> rules = finding.rules().stream().map(CheckAnswer::rule).toList();
            blocks.add(Block.Paragraph.of(finding.rules().size() == 1 ? "The rule:" : "The rules involved:"));
            blocks.add(Block.BulletList.of(rules));
        }
        if (!finding.examples().isEmpty()) {
            blocks.add(Block.Paragraph.of(finding.examples().get(0).combination().stream()
                    .anyMatch(s -> !s.reliance().isEmpty())
                    ? "For example (reliance/status on each " + words.dimension() + "):"
                    : "For example (status on each " + words.dimension() + "):"));
            blocks.add(new Block.BulletList(finding.examples().stream().map(CheckAnswer::example).toList()));
        }
        blocks.add(new Block.Paragraph(Text.builder().strong("What to change:").plain(" " + finding.fix()).build()));
        if (finding.kind().equals("dead-rule") && anElement.isPresent() && !finding.rules().isEmpty()) {
            blocks.add(Block.Paragraph.of("See which of its conditions fail, on " + Pack.Words.withArticle(words.element()) + ":"));
            blocks.add(new Block.CommandLine(PasteableCommand.of("explain").arg(anElement.get())
                    .option("--rule", finding.rules().get(0).name()).folders(knowledgeDir, rulesDir).line()));
        }
        return new Block.Section("", heading.build(), blocks);
    }

    private static Text rule(RuleRef rule) {
        return Text.builder().plain("\"" + rule.name() + "\" ").code(rule.location()).build();
    }

    private static Block.Item example(CheckFinding.Example example) {
        List<Text> outcomes = new ArrayList<>();
        if (example.otherOrder().isEmpty()) {
            outcomes.add(Text.of("concluded: " + listed(example.concluded())));
        } else {
            outcomes.add(Text.of("as written: " + listed(example.concluded())));
            outcomes.add(Text.of(example.otherOrder() + ": " + listed(example.concludedOtherwise())));
        }
        return new Block.Item(Text.of(example.combinationWords()), List.of(Block.BulletList.of(outcomes)));
    }

    /** Conclusions in words, a repeated one once with how often ("level feasible ×4"). */
    private static String listed(List<String> conclusions) {
        if (conclusions.isEmpty()) {
            return "nothing";
        }
        Map<String, Integer> times = new LinkedHashMap<>();
        conclusions.forEach(c -> times.merge(c, 1, Integer::sum));
        return times.entrySet().stream().map(t -> t.getValue() == 1 ? t.getKey() : t.getKey() + " ×" + t.getValue())
                .collect(Collectors.joining("; "));
    }

    private static ObjectNode json(CheckResult result, Path rulesDir) {
        ObjectNode root = JsonPrinter.object();
        root.put("schema", SCHEMA);
        root.put("kind", "check");
        root.put("rulesFolder", rulesDir.toString());
        root.put("passed", result.passed());
        root.put("rules", result.rules());
        root.put("combinations", result.combinations());
        root.put("combinationsRun", result.run());
        if (result.exhaustiveBecause().isPresent()) {
            root.put("everyCombinationRunBecause", result.exhaustiveBecause().get());
        } else {
            root.putNull("everyCombinationRunBecause");
        }
        if (result.byRulesBecause().isPresent()) {
            root.put("groupedOnlyWhereTheSameRulesFireBecause", result.byRulesBecause().get());
        } else {
            root.putNull("groupedOnlyWhereTheSameRulesFireBecause");
        }
        ArrayNode findings = root.putArray("findings");
        for (CheckFinding f : result.findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("kind", f.kind());
            if (f.where().isEmpty()) {
                finding.putNull("where");
            } else {
                finding.put("where", f.where());
            }
            finding.put("problem", f.problem());
            ArrayNode rules = finding.putArray("rules");
            for (RuleRef r : f.rules()) {
                rules.addObject().put("name", r.name()).put("file", r.file()).put("line", r.line());
            }
            ArrayNode examples = finding.putArray("examples");
            for (CheckFinding.Example e : f.examples()) {
                ObjectNode example = examples.addObject();
                ArrayNode combination = example.putArray("combination");
                for (CheckFinding.Setting s : e.combination()) {
                    ObjectNode setting = combination.addObject().put("dimension", s.dimension());
                    if (s.reliance().isEmpty()) {
                        setting.putNull("reliance");
                    } else {
                        setting.put("reliance", s.reliance());
                    }
                    setting.put("status", s.status());
                }
                e.concluded().forEach(example.putArray("concluded")::add);
                if (e.otherOrder().isEmpty()) {
                    example.putNull("otherOrder");
                } else {
                    ObjectNode other = example.putObject("otherOrder");
                    other.put("order", e.otherOrder());
                    e.concludedOtherwise().forEach(other.putArray("concluded")::add);
                }
            }
            finding.put("fix", f.fix());
        }
        return root;
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
