package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What --rules reads, as the analyst meets it on the command line. */
class RulesFolderOptionTest {

    @TempDir
    Path tmp;

    @Test
    void rulesAtTheRootOfTheFileSystemIsAPlainRuleErrorNotAnInternalError() {
        CommandRun run = CommandRun.of("report", "--rules", "/");

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains("/: no rule files (*.drl) found in this folder")
                .doesNotContain("internal error", "Exception", "bug");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void checkWithRulesAtTheRootOfTheFileSystemIsAPlainFinding() {
        CommandRun run = CommandRun.of("check", "--rules", "/");

        assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(run.out() + run.err()).contains("no rule files (*.drl)").doesNotContain("internal error", "Exception");
    }

    @Test
    void anOldCopyOfARuleFileInASubfolderDoesNotBreakTheBuild() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path old = Files.createDirectories(rules.resolve("old"));
        Files.copy(rules.resolve("constraints.drl"), old.resolve("constraints-v1.drl"));

        CommandRun run = CommandRun.of("report", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRuleFileThatIsNotUtf8ExitsWith4AtItsFirstBadByte() throws Exception {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("caveats.drl");
        Files.write(file, ("// caf\u00e9\n" + Files.readString(file)).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        CommandRun run = CommandRun.of("report", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.RULE_BUILD_ERROR);
        assertThat(run.err()).contains(file + ":1:7: the file is not UTF-8 text").doesNotContain("internal error");
    }
}
