package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.TraceJsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceFileTest {

    private static final Path ONE_ELEMENT = Path.of("src/test/resources/trace/one-element");

    @TempDir
    Path tmp;

    @Test
    void traceOfOneElementHoldsExactlyTheExpectedFiringsInOrder() throws Exception {
        Path trace = tmp.resolve("run.jsonl");
        CommandRun run = CommandRun.of("report", "--knowledge", ONE_ELEMENT.toString(), "--trace", trace.toString());
        assertThat(run.exitCode()).isZero();

        RecordedTrace recorded = new TraceJsonLines().read(trace);
        assertThat(recorded.events().stream().filter(e -> e.kind().equals("RuleFired")).map(e -> e.rule().orElseThrow()))
                .containsExactly(
                        "Reconstructed statuses are labelled",
                        "Critical dimension absent: ceiling unlikely",
                        "Critical dimension absent: ceiling unlikely",
                        "Level is the lowest ceiling",
                        "Level is the lowest ceiling",
                        "Critical dimension weak: ceiling possible",
                        "A dimension at the element's level blocks it",
                        "A dimension at the element's level blocks it",
                        "Verification blocks: transparency instead of intrusive inspection",
                        "Attribution blocks: an international attribution body and shared forensic standards",
                        "Helpful dimension none or weak: ceiling likely");
        assertThat(recorded.events()).extracting(RecordedEvent::sequence)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, recorded.events().size()).boxed().toList());
        RecordedEvent level = recorded.events().stream()
                .filter(e -> e.kind().equals("FactInserted") && e.facts().get(0).equals("E03 is unlikely")).findFirst().orElseThrow();
        assertThat(level.rule()).hasValue("Level is the lowest ceiling");
        String firstFiring = Files.readAllLines(trace).stream()
                .filter(l -> l.contains("\"RuleFired\"") && l.contains("Critical dimension absent")).findFirst().orElseThrow();
        assertThat(firstFiring).contains("\"file\":\"rules/constraints.drl\",\"line\":27", "\"rationale\":",
                "\"name\":\"$a\",\"factType\":\"Assessment\"", "\"reliance\":\"critical\"");
    }

    @Test
    void stampNamesEveryInputWithItsHashAndChangesWhenAnyByteChanges() throws Exception {
        Path knowledge = copy(BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path before = tmp.resolve("before.jsonl");
        CommandRun.of("report", "--knowledge", knowledge.toString(), "--rules", rules.toString(), "--trace", before.toString());
        edit(rules.resolve("caveats.drl"), "// Caveats:", "//  Caveats:");
        Path after = tmp.resolve("after.jsonl");
        CommandRun.of("report", "--knowledge", knowledge.toString(), "--rules", rules.toString(), "--trace", after.toString());

        var first = new TraceJsonLines().read(before).header();
        var second = new TraceJsonLines().read(after).header();
        assertThat(first.stamp().inputs()).extracting(SourceFile::path)
                .contains(knowledge.resolve("elements.yaml").toString(), rules.resolve("maturity.drl").toString());
        assertThat(first.stamp().advisorVersion()).isNotBlank();
        String caveats = rules.resolve("caveats.drl").toString();
        assertThat(hashOf(first.stamp().inputs(), caveats)).isNotEqualTo(hashOf(second.stamp().inputs(), caveats));
        assertThat(hashOf(first.stamp().inputs(), rules.resolve("maturity.drl").toString()))
                .isEqualTo(hashOf(second.stamp().inputs(), rules.resolve("maturity.drl").toString()));
    }

    @Test
    void auditVerifyConfirmsAnUnchangedRunAndExitsZero() {
        Path trace = tmp.resolve("run.jsonl");
        CommandRun.of("report", "--knowledge", ONE_ELEMENT.toString(), "--trace", trace.toString());

        CommandRun verify = CommandRun.of("audit", "verify", trace.toString(), "--knowledge", ONE_ELEMENT.toString());

        assertThat(verify.exitCode()).isZero();
        assertThat(verify.out()).startsWith("identical:");
    }

    @Test
    void auditVerifyRerunsTheScenariosAndSetChangesTheTraceNames() throws Exception {
        Path trace = tmp.resolve("whatif.jsonl");
        CommandRun report = CommandRun.of("report", "--scenario", "attribution-mechanism",
                "--set", "E03.verification=partial", "--trace", trace.toString());
        assertThat(report.exitCode()).isZero();
        assertThat(Files.readAllLines(trace).get(0))
                .contains("\"scenarios\":[\"attribution-mechanism\"]")
                .contains("\"sets\":[\"E03.verification=partial\"]");

        CommandRun verify = CommandRun.of("audit", "verify", trace.toString());

        assertThat(verify.exitCode()).as(verify.err()).isZero();
        assertThat(verify.out()).startsWith("identical:");
    }

    @Test
    void auditVerifyNamesTheChangedFileAndTheFirstDifferentEvent() throws Exception {
        Path knowledge = copy(ONE_ELEMENT, tmp.resolve("knowledge"));
        Path trace = tmp.resolve("run.jsonl");
        CommandRun.of("report", "--knowledge", knowledge.toString(), "--trace", trace.toString());
        edit(knowledge.resolve("elements.yaml"), "attribution:           {reliance: critical, rounds: [none, none, none]}",
                "attribution:           {reliance: critical, rounds: [none, none, weak]}");

        CommandRun verify = CommandRun.of("audit", "verify", trace.toString(), "--knowledge", knowledge.toString());

        assertThat(verify.exitCode()).isEqualTo(7);
        assertThat(verify.out()).contains("DIFFERENT: the rerun departs from the trace at event #")
                .contains(knowledge.resolve("elements.yaml") + ": changed since the trace was made (sha256 ");
        assertThat(verify.out()).doesNotContain("maturity-model.yaml: changed");
    }

    @Test
    void auditVerifyReportsAChangedInputEvenWhenTheOutcomeIsTheSame() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path trace = tmp.resolve("run.jsonl");
        CommandRun.of("report", "--knowledge", ONE_ELEMENT.toString(), "--rules", rules.toString(), "--trace", trace.toString());
        edit(rules.resolve("actions.drl"), "// Step 4 of 4", "// Step 4 of 4 (comment edited)");

        CommandRun verify = CommandRun.of("audit", "verify", trace.toString(), "--knowledge", ONE_ELEMENT.toString(),
                "--rules", rules.toString());

        assertThat(verify.exitCode()).isEqualTo(7);
        assertThat(verify.out()).contains("Same outcome and firings, but input files changed")
                .contains(rules.resolve("actions.drl") + ": changed");
    }

    @Test
    void traceCommandShowsOnlyTheChosenElementsFirings() {
        Path trace = tmp.resolve("run.jsonl");
        CommandRun.of("report", "--trace", trace.toString());

        CommandRun shown = CommandRun.of("trace", trace.toString(), "--element", "E03", "--rule", "Level is the lowest ceiling", "--fired");

        assertThat(shown.exitCode()).isZero();
        assertThat(shown.out()).contains("2 of ", "fired “Level is the lowest ceiling” (rules/maturity.drl:26)",
                "$c: E03 Attribution: ceiling unlikely", "$c: E03 Verification: ceiling unlikely");
        assertThat(shown.out()).doesNotContain("E04");
    }

    private static String hashOf(java.util.List<SourceFile> files, String path) {
        return files.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().sha256();
    }
}
