package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.cyberarms.advisor.SpecialFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code advisor diff} says what an edit changed, in words, for two knowledge folders, two rules folders, two
 * git revisions and a saved trace against now; it reads every input without changing it.
 */
class DiffCommandTest {

    /** The bundled knowledge, and the same with E16's attribution weak -> partial and E03's none -> weak. */
    static final Path BEFORE = Path.of("src/test/resources/diff/knowledge-before");
    static final Path AFTER = Path.of("src/test/resources/diff/knowledge-after");

    @TempDir
    Path tmp;

    @Test
    void twoKnowledgeFoldersOpenWithTheLevelChangeAndGiveTheStatusThatChangedAsTheReason() {
        CommandRun run = CommandRun.of("diff", "--knowledge-from", BEFORE.toString(), "--knowledge-to", AFTER.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> !l.isBlank()).skip(2).findFirst())
                .hasValue("1 element changes level: E16 likely → feasible.");
        assertThat(oneLine(run.out()))
                .contains("E16 Confidence-building measures and information exchange: likely → feasible, because"
                        + " Attribution changed weak → partial.")
                .contains("Rule 'Helpful dimension none or weak: ceiling likely' no longer fires on Attribution.")
                .contains("Recommendation 'Create an international attribution and fact-finding capacity'"
                        + " (Attribution) is gone.")
                .contains("Practical action 'Agree common attribution standards and a peer-review network'"
                        + " (Attribution) is gone (it named E03, E15).")
                .contains("knowledge/elements.yaml: changed")
                .doesNotContain("political_endorsement", "Assessment[", "statusRanks=");
    }

    @Test
    void twoRulesFoldersNameTheRuleThatChangedItsMind() {
        Path rules = Fixtures.copy(Fixtures.BUNDLED_RULES, tmp.resolve("rules"));
        Fixtures.edit(rules.resolve("constraints.drl"), "reliance == \"helpful\", status in (\"none\", \"weak\")",
                "reliance == \"helpful\", status in (\"none\")");

        CommandRun run = CommandRun.of("diff", "--rules-from", "rules", "--rules-to", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneLine(run.out())).contains("1 element changes level: E16 likely → feasible.")
                .contains("E16 Confidence-building measures and information exchange: likely → feasible; none of"
                        + " its statuses or reliances changed: the rules did (rules/constraints.drl). - Rule"
                        + " 'Helpful dimension none or weak: ceiling likely' no longer fires on Attribution.")
                .contains("rules/constraints.drl: changed");
    }

    @Test
    void theSameFoldersSayPlainlyThatNothingChanged() {
        CommandRun run = CommandRun.of("diff", "--knowledge-from", BEFORE.toString(), "--knowledge-to", BEFORE.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Nothing changed: the same levels, rules, recommendations, caveats and"
                + " practical actions.").doesNotContain("Elements");
    }

    @Test
    void twoGitRevisionsAreReadThroughGitWithoutTouchingTheWorkTreeOrTheIndex() throws Exception {
        Path repo = repositoryWithTheKnowledgeBeforeCommitted();
        Files.copy(AFTER.resolve("elements.yaml"), repo.resolve("knowledge/elements.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        git(repo, "commit", "-q", "-a", "-m", "after");
        Files.writeString(repo.resolve("knowledge/elements.yaml"), "\n# an edit not yet committed\n",
                java.nio.file.StandardOpenOption.APPEND);
        String status = git(repo, "status", "--porcelain");
        String head = git(repo, "rev-parse", "HEAD");
        Map<Path, String> files = SpecialFiles.snapshot(repo);

        CommandRun run = CommandRun.of("diff", "--knowledge", repo.resolve("knowledge").toString(),
                "--rules", repo.resolve("rules").toString(), "--from", "HEAD~1", "--to", "HEAD");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneLine(run.out())).contains("1 element changes level: E16 likely → feasible.")
                .contains("From: revision HEAD~1").contains("To: revision HEAD")
                .contains("knowledge/elements.yaml: changed").doesNotContain("rules/");
        assertThat(git(repo, "status", "--porcelain")).isEqualTo(status);
        assertThat(git(repo, "rev-parse", "HEAD")).isEqualTo(head);
        assertThat(SpecialFiles.snapshot(repo)).isEqualTo(files);
    }

    /**
     * A revision from before the `pack:` section (the bundled knowledge of revision f88835d: three rounds each, no
     * `pack:`) still loads, so an analyst can see what adding the section changed.
     */
    @Test
    void aRevisionWrittenBeforeThePackSectionComparesWithTheKnowledgeOfToday() throws Exception {
        Path repo = repositoryWithCommitted(Path.of("src/test/resources/pack-sections/before-packs"));
        for (String file : List.of("maturity-model.yaml", "elements.yaml")) {
            Files.copy(Fixtures.BUNDLED_KNOWLEDGE.resolve(file), repo.resolve("knowledge").resolve(file),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        git(repo, "commit", "-q", "-a", "-m", "the pack: section");

        CommandRun run = CommandRun.of("diff", "--knowledge", repo.resolve("knowledge").toString(),
                "--rules", repo.resolve("rules").toString(), "--from", "HEAD~1", "--to", "HEAD");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneLine(run.out())).contains("No element changes level")
                .contains("Recommendation 'Build the fact-finding body in stages, with inspection as its aim'"
                        + " (Verification) is new.")
                .contains("From: revision HEAD~1").contains("To: revision HEAD")
                .contains("knowledge/maturity-model.yaml: changed");
    }

    @Test
    void aRevisionAgainstTheWorkTreeShowsAnEditNotYetCommitted() throws Exception {
        Path repo = repositoryWithTheKnowledgeBeforeCommitted();
        Files.copy(AFTER.resolve("elements.yaml"), repo.resolve("knowledge/elements.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CommandRun run = CommandRun.of("diff", "--knowledge", repo.resolve("knowledge").toString(),
                "--rules", repo.resolve("rules").toString(), "--from", "HEAD");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneLine(run.out())).contains("1 element changes level: E16 likely → feasible.")
                .contains("To: the folders on disk now");
    }

    @Test
    void anUnknownRevisionIsAPlainErrorNamingIt() throws Exception {
        Path repo = repositoryWithTheKnowledgeBeforeCommitted();

        CommandRun run = CommandRun.of("diff", "--knowledge", repo.resolve("knowledge").toString(),
                "--rules", repo.resolve("rules").toString(), "--from", "HEAD~5");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("'HEAD~5' is not a revision of the git repository at")
                .doesNotContain("Exception", "fatal:");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFolderOutsideAnyRepositoryIsAPlainError() {
        Path knowledge = Fixtures.copy(BEFORE, tmp.resolve("knowledge"));

        CommandRun run = CommandRun.of("diff", "--knowledge", knowledge.toString(), "--from", "HEAD");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(knowledge + " is not inside a git repository").doesNotContain("Exception");
    }

    @Test
    void aSavedTraceIsComparedWithARerunNow() {
        Path knowledge = Fixtures.copy(BEFORE, tmp.resolve("knowledge"));
        Path trace = tmp.resolve("run.jsonl");
        CommandRun made = CommandRun.of("report", "--knowledge", knowledge.toString(), "--trace", trace.toString());
        assertThat(made.exitCode()).as(made.err()).isZero();
        Fixtures.edit(knowledge.resolve("elements.yaml"), "attribution:           {reliance: helpful,  rounds: [weak, weak, weak]}\n"
                + "      compliance:            {reliance: helpful,  rounds: [partial, partial, partial]}\n"
                + "      verification:          {reliance: helpful,  rounds: [partial, partial, partial]}",
                "attribution:           {reliance: helpful,  rounds: [partial, partial, partial]}\n"
                + "      compliance:            {reliance: helpful,  rounds: [partial, partial, partial]}\n"
                + "      verification:          {reliance: helpful,  rounds: [partial, partial, partial]}");

        CommandRun run = CommandRun.of("diff", "--trace", trace.toString(), "--knowledge", knowledge.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(oneLine(run.out())).contains("1 element changes level: E16 likely → feasible.")
                .contains("From: the run recorded in " + trace)
                .contains("because Attribution changed weak → partial.")
                .contains(knowledge.resolve("elements.yaml") + ": changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html"})
    void everyFormatForPeopleNamesDimensionsByTheirLabelsAndHoldsNoRecordText(String format) {
        CommandRun run = CommandRun.of("diff", "--knowledge-from", BEFORE.toString(), "--knowledge-to",
                AFTER.toString(), "--format", format);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Political endorsement").doesNotContain("political_endorsement",
                "Assessment[", "statusRanks=", "RunSnapshot", "Firing[");
    }

    @Test
    void csvIsRefusedWhenTheCommandLineIsParsed() {
        CommandRun run = CommandRun.of("diff", "--knowledge-from", BEFORE.toString(), "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--format csv: 'advisor diff' can print text, markdown, html or json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void nothingToCompareIsAUsageErrorThatSaysWhatToGive() {
        CommandRun run = CommandRun.of("diff");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("say what to compare: --knowledge-from DIR, --rules-from DIR, --from REV or"
                + " --trace FILE");
    }

    @Test
    void aTraceCannotBeCombinedWithRevisions() {
        CommandRun run = CommandRun.of("diff", "--trace", "run.jsonl", "--from", "HEAD");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--trace compares a recorded run with a rerun now");
    }

    @Test
    void aScenarioWithoutATraceIsRefusedRatherThanIgnored() {
        CommandRun run = CommandRun.of("diff", "--knowledge-from", BEFORE.toString(), "--scenario", "attribution-mechanism");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--scenario goes with --trace");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpExamplesStartWithTheCommandAsTheReadmeRunsIt() {
        CommandRun run = CommandRun.of("diff", "--help");

        List<String> examples = run.out().lines().dropWhile(l -> !l.startsWith("Examples:")).skip(1)
                .takeWhile(l -> !l.isBlank() && !l.strip().startsWith("-")).toList();
        assertThat(examples).isNotEmpty().allSatisfy(l -> assertThat(l.strip()).startsWith("./advisor diff "));
    }

    /** The answer with its line breaks as spaces, so that a wrapped sentence can be matched whole. */
    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\n\\s*", " ");
    }

    /** A new git repository holding knowledge/ (the fixture before the change) and rules/, committed once. */
    private Path repositoryWithTheKnowledgeBeforeCommitted() throws IOException, InterruptedException {
        return repositoryWithCommitted(BEFORE);
    }

    /** A new git repository holding the given knowledge as knowledge/, and the bundled rules, committed once. */
    private Path repositoryWithCommitted(Path knowledge) throws IOException, InterruptedException {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Fixtures.copy(knowledge, repo.resolve("knowledge"));
        Fixtures.copy(Fixtures.BUNDLED_RULES, repo.resolve("rules"));
        git(repo, "init", "-q");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "before");
        return repo;
    }

    private static String git(Path repo, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=Test",
                "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
