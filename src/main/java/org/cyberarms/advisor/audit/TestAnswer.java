package org.cyberarms.advisor.audit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.document.Text;

/**
 * The answer of {@code advisor test} as a {@link Document}: the verdict first ("2 of 7 cases failed" or "All 7
 * cases passed"), then each failed case with where it is written, what differs, and commands to look further,
 * then the cases that passed. JSON follows {@code docs/test.schema.json}.
 */
public final class TestAnswer {

    public static final String SCHEMA = "advisor-test/1";

    private TestAnswer() {}

    /**
     * @param testsDir the folder of expectation files, as the command was given it
     * @param rulesDir the rules folder under test, as the command was given it
     */
    public static Document of(List<AnalystTests.CaseResult> results, Path testsDir, Path rulesDir) {
        List<AnalystTests.CaseResult> failed = results.stream().filter(r -> !r.passed()).toList();
        List<AnalystTests.CaseResult> passed = results.stream().filter(AnalystTests.CaseResult::passed).toList();
        List<Block> blocks = new ArrayList<>();
        Text.Builder verdict = Text.builder();
        if (failed.isEmpty()) {
            verdict.strong("All " + cases(results.size()) + " passed:").plain(" the rules in ").code(folder(rulesDir))
                    .plain(" conclude what the expectation files in ").code(folder(testsDir)).plain(" expect.");
        } else {
            verdict.strong(failed.size() + " of " + cases(results.size()) + " failed")
                    .plain(", " + passed.size() + " passed: the rules in ").code(folder(rulesDir))
                    .plain(" do not conclude what " + (failed.size() == 1 ? "this case expects" : "these cases expect")
                            + " (expectation files in ").code(folder(testsDir)).plain(").");
        }
        blocks.add(new Block.Paragraph(verdict.build()));
        if (!failed.isEmpty()) {
            List<Block> sections = new ArrayList<>();
            failed.forEach(r -> sections.add(failedCase(r, rulesDir)));
            blocks.add(new Block.Section("", Text.of("Failed (" + failed.size() + ")"), sections));
        }
        if (!passed.isEmpty()) {
            blocks.add(new Block.Section("", Text.of("Passed (" + passed.size() + ")"), List.of(Block.BulletList.of(
                    passed.stream().map(r -> Text.builder().plain(r.name() + " — ").code(r.where()).build()).toList()))));
        }
        return Document.of("Analysts' tests", blocks).withData(json(results, testsDir, rulesDir, failed.size()));
    }

    /** {@code rules/}: a folder as the reader recognises it in prose. */
    static String folder(Path dir) {
        String name = dir.toString();
        return name.endsWith("/") ? name : name + "/";
    }

    private static String cases(int n) {
        return n + (n == 1 ? " case" : " cases");
    }

    private static Block failedCase(AnalystTests.CaseResult result, Path rulesDir) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(Text.builder().plain("Written at ").code(result.where())
                .plain(result.changes().isEmpty() ? "" : "; it assumes " + String.join(", ", result.changes()))
                .plain(".").build()));
        blocks.add(Block.BulletList.of(result.differences().stream().map(d -> Text.of(d.text())).toList()));
        List<String> commands = commands(result, rulesDir);
        if (!commands.isEmpty()) {
            blocks.add(Block.Paragraph.of(commands.size() == 1 ? "Look further:" : "Look further, one of:"));
            commands.forEach(c -> blocks.add(new Block.CommandLine(c)));
        }
        return new Block.Section("", Text.of(result.name()), blocks);
    }

    /**
     * {@code explain} of each element a difference names (and of a rule the case named, on the first element it
     * names), under the case's {@code given} changes when it has any.
     */
    private static List<String> commands(AnalystTests.CaseResult result, Path rulesDir) {
        Set<String> commands = new LinkedHashSet<>();
        Optional<String> first = result.elements().stream().findFirst();
        for (AnalystTests.Difference d : result.differences()) {
            PasteableCommand explain;
            if (d.rule().isPresent() && first.isPresent()) {
                explain = PasteableCommand.of("explain").arg(first.get()).option("--rule", d.rule().get());
            } else if (!d.element().isEmpty()) {
                explain = PasteableCommand.of("explain").arg(d.element());
            } else {
                continue;
            }
            result.changes().forEach(c -> explain.option("--set", c));
            commands.add(explain.folders(result.knowledge(), rulesDir).line());
        }
        return List.copyOf(commands);
    }

    private static ObjectNode json(List<AnalystTests.CaseResult> results, Path testsDir, Path rulesDir, int failed) {
        ObjectNode root = JsonPrinter.object();
        root.put("schema", SCHEMA);
        root.put("kind", "test");
        root.put("testsFolder", testsDir.toString());
        root.put("rulesFolder", rulesDir.toString());
        root.put("passed", results.size() - failed);
        root.put("failed", failed);
        ArrayNode cases = root.putArray("cases");
        for (AnalystTests.CaseResult r : results) {
            ObjectNode c = cases.addObject();
            c.put("file", r.file());
            c.put("line", r.line());
            c.put("name", r.name());
            c.put("passed", r.passed());
            ArrayNode differences = c.putArray("differences");
            for (AnalystTests.Difference d : r.differences()) {
                ObjectNode difference = differences.addObject();
                if (d.element().isEmpty()) {
                    difference.putNull("element");
                } else {
                    difference.put("element", d.element());
                }
                if (d.rule().isPresent()) {
                    difference.put("rule", d.rule().get());
                } else {
                    difference.putNull("rule");
                }
                difference.put("text", d.text());
            }
        }
        return root;
    }
}
