package org.cyberarms.advisor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.SpecialFiles;
import org.cyberarms.advisor.cli.ExitCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code audit verify} reruns on the folders of its own command line: a trace is a file anyone can edit,
 * so the paths in its header are shown, never followed, and a header that is not as the advisor wrote it
 * is a trace-format error, never "identical".
 */
class AuditVerifyTest {

    @TempDir
    Path tmp;

    private Path trace;

    /** A trace of the bundled run, made and verified with the default folders (knowledge, rules). */
    @BeforeEach
    void traceOfTheBundledRun() {
        trace = tmp.resolve("run.jsonl");
        CommandRun made = CommandRun.of("report", "--trace", trace.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
    }

    private CommandRun verify(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("audit", "verify", trace.toString()));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private void editHeader(String from, String to) {
        Fixtures.edit(trace, from, to);
    }

    @Test
    void aRulesFolderWrittenIntoTheTraceIsNeverRun() throws Exception {
        Path evil = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("evil-rules"));
        Path marker = tmp.resolve("written-by-a-rule-the-trace-chose");
        Files.writeString(evil.resolve("evil.drl"), "package advisor\nimport org.cyberarms.advisor.model.Element\n"
                + "rule \"Write a file\"\nwhen\n    Element()\nthen\n    java.nio.file.Files.writeString("
                + "java.nio.file.Path.of(\"" + marker + "\"), \"ran\");\nend\n");
        editHeader("\"rulesDir\":\"rules\"", "\"rulesDir\":\"" + evil + "\"");
        Map<Path, String> before = SpecialFiles.snapshot(tmp);

        CommandRun run = verify();

        assertThat(marker).doesNotExist();
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("identical:").contains("The trace was made with --knowledge knowledge --rules "
                + evil + "; this rerun used --knowledge knowledge --rules rules (paths in a trace are shown, never followed)");
        assertThat(SpecialFiles.snapshot(tmp)).isEqualTo(before);
    }

    @Test
    void theFoldersATraceNamesAreShownWhenTheRerunDiffers() {
        Path rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
        Fixtures.edit(rules.resolve("maturity.drl"), "package advisor", "package advisor\n// edited");
        editHeader("\"rulesDir\":\"rules\"", "\"rulesDir\":\"/somewhere/else\"");

        CommandRun run = verify("--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains("The trace was made with --knowledge knowledge --rules /somewhere/else;"
                + " this rerun used --knowledge knowledge --rules " + rules + " (paths in a trace are shown, never followed)");
    }

    @Test
    void aKnowledgeFolderWrittenIntoTheTraceIsNeverRead() throws Exception {
        Path other = Fixtures.copy(Fixtures.fixture("../trace/one-element"), tmp.resolve("other-knowledge"));
        editHeader("\"knowledgeDir\":\"knowledge\"", "\"knowledgeDir\":\"" + other + "\"");

        CommandRun run = verify();

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("identical:").contains("The trace was made with --knowledge " + other);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void anInputChangedSinceTheTraceIsNamedWithThePathTheRerunRead() {
        Path rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
        Path maturity = rules.resolve("maturity.drl");
        Fixtures.edit(maturity, "package advisor", "package advisor\n// an edit after the trace was made");

        CommandRun run = verify("--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).contains(maturity + ": changed since the trace was made (sha256 ");
    }

    /** A changed status is told as what it changes, as 'advisor diff' tells it, not as the raw JSON of one event. */
    @Test
    void aDifferenceIsToldInPlainWordsNotAsTheRawEventWhereTheRerunDeparts() {
        Path knowledge = Fixtures.copy(Path.of("src/test/resources/diff/knowledge-after"), tmp.resolve("knowledge"));

        CommandRun run = verify("--knowledge", knowledge.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FINDINGS);
        String said = run.out().replaceAll("\\s*\\n\\s*", " ");
        assertThat(said).startsWith("DIFFERENT: the rerun departs from the trace at event #")
                .contains("1 element changes level: E16 likely → feasible.")
                .contains("E16 Confidence-building measures and information exchange: likely → feasible, because"
                        + " Attribution changed weak → partial.")
                .contains("Rule 'Helpful dimension none or weak: ceiling likely' no longer fires on Attribution.")
                .contains(knowledge.resolve("elements.yaml") + ": changed since the trace was made (sha256 ");
        assertThat(run.out()).doesNotContain("{\"seq\"", "\"factType\"", "Assessment[", "statusRanks", "recorded:");
    }

    /** An event that differs without changing any conclusion is said to be just that, not "nothing changed". */
    @Test
    void aDifferenceThatChangesNoConclusionSaysTheRulesConcludeTheSame() {
        Fixtures.edit(trace, "{\"name\":\"$l\",\"factType\":\"Level\"", "{\"name\":\"$level\",\"factType\":\"Level\"");

        CommandRun run = verify();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out()).startsWith("DIFFERENT: the rerun departs from the trace at event #")
                .contains("The rules conclude the same as recorded: the same levels, rules, recommendations, caveats"
                        + " and practical actions; only the events on the way differ (their order or what they record).")
                .doesNotContain("Nothing changed", "{\"seq\"");
    }

    @Test
    void aScenarioFileThatOnlyTheTraceNamesIsNotRead() {
        editHeader("\"scenarios\":[]", "\"scenarios\":[\"" + tmp.resolve("elsewhere/evil.yaml") + "\"]");

        CommandRun run = verify();

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("the trace applied the scenario file " + tmp.resolve("elsewhere/evil.yaml")
                + "; audit verify does not read a file that only the trace names");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"sets\":[]                   | \"sets\":\"oops\"           | inputs.sets` should be a list of strings",
        "\"sets\":[]                   | \"sets\":[1]                | inputs.sets[0]` should be a string",
        "\"maxFirings\":1000           | \"maxFirings\":-1           | inputs.maxFirings` should be a whole number from 1",
        "\"maxSeconds\":60             | \"maxSeconds\":\"60\"       | inputs.maxSeconds` should be a whole number from 1",
        "\"maxSeconds\":60             | \"maxSeconds\":0            | inputs.maxSeconds` should be a whole number from 1",
        "\"scenarios\":[],             | ''                          | inputs.scenarios` should be a list of strings (empty when there were none); it is missing",
        "\"knowledgeDir\":             | \"knowledgeDir\":null,\"x\": | inputs.knowledgeDir` should be a string; found null",
        "\"files\":[                   | \"files\":[{\"path\":7},    | files[0].path` should be a string",
    })
    void aMalformedHeaderValueIsATraceFormatErrorNamingTheLineAndField(String from, String to, String expected) {
        editHeader(from.strip(), to.strip());

        CommandRun run = verify();

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(run.err()).contains(trace + ":1: header field `" + expected.strip());
        assertThat(run.out()).doesNotContain("identical");
    }
}
