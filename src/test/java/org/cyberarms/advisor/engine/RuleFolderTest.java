package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cyberarms.advisor.trace.RuleRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is read from a rules folder: the top-level *.drl files, each a regular UTF-8 text file, with rule
 * names unique across them all.
 */
class RuleFolderTest {

    private static final Path VALID = Path.of("src/test/resources/rule-files/valid");
    private static final String OTHER_PACKAGE_RULE = """
            package advisor.old

            import org.cyberarms.advisor.model.Element

            rule "Level is the lowest ceiling"
            when
                Element()
            then
            end
            """;

    @TempDir
    Path tmp;

    @Test
    void aRuleNamedAgainInAnotherPackageIsAnErrorNamingBothPlaces() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path second = Files.writeString(rules.resolve("old-levels.drl"), OTHER_PACKAGE_RULE);
        Path first = rules.resolve("levels.drl");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(second.toString());
            assertThat(p.line()).isEqualTo(lineOf(second, "rule \"Level"));
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.message()).contains("\"Level is the lowest ceiling\"",
                    first + ":" + lineOf(first, "rule \"Level"));
        });
    }

    @Test
    void aRuleNamedAgainInTheSamePackageNamesBothPlacesInsteadOfDroolsWords() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path second = Files.writeString(rules.resolve("z-levels.drl"),
                OTHER_PACKAGE_RULE.replace("package advisor.old", "package advisor"));

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(second.toString());
            assertThat(p.message()).contains(rules.resolve("levels.drl") + ":9").doesNotContain("Duplicate rule name");
        });
    }

    @Test
    void aRuleNamedTwiceInOneFileNamesBothLines() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path file = rules.resolve("ceilings.drl");
        edit(file, "rule \"Critical dimension weak: ceiling possible\"",
                "rule \"Critical dimension absent: ceiling unlikely\"");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(19);
            assertThat(p.message()).contains(file + ":9");
        });
    }

    @Test
    void eachRuleIsCreditedToItsOwnFileAndLine() throws Exception {
        RuleBase base = new RuleBaseCompiler().compile(VALID);

        assertThat(base.rules()).extracting(RuleRef::name, RuleRef::file, RuleRef::line).containsExactly(
                tuple("Critical dimension absent: ceiling unlikely",
                        VALID.resolve("ceilings.drl").toString(), 9),
                tuple("Critical dimension weak: ceiling possible",
                        VALID.resolve("ceilings.drl").toString(), 19),
                tuple("Level is the lowest ceiling",
                        VALID.resolve("levels.drl").toString(), 9));
    }

    @Test
    void aRuleInACommentIsNotCountedAsADeclaration() throws Exception {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Files.writeString(rules.resolve("notes.drl"), """
                package advisor
                /*
                rule "Level is the lowest ceiling"
                */
                """);

        assertThat(new RuleBaseCompiler().compile(rules).rules()).extracting(RuleRef::file)
                .doesNotContain(rules.resolve("notes.drl").toString());
    }

    @Test
    void aRuleFileInASubfolderIsNotRead() throws Exception {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path old = Files.createDirectories(rules.resolve("old"));
        Files.copy(rules.resolve("levels.drl"), old.resolve("levels-v1.drl"));

        RuleBase base = new RuleBaseCompiler().compile(rules);

        assertThat(base.rules()).hasSize(3);
        assertThat(base.sourceFiles()).extracting(f -> f.path()).noneMatch(p -> p.contains("old"));
    }

    @Test
    void aFolderNamedLikeARuleFileIsAnErrorNamingIt() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path folder = Files.createDirectories(rules.resolve("archive.drl"));

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.toString());
            assertThat(p.message()).contains("is a folder, not a rule file");
        });
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aPipeNamedLikeARuleFileIsAnErrorAndIsNeverOpened() throws Exception {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path fifo = rules.resolve("incoming.drl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(fifo.toString());
            assertThat(p.message()).contains("a device, pipe or socket, not a rule file");
        });
    }

    @Test
    void aLinkToADeviceNamedLikeARuleFileIsAnErrorNamingIt() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path link = Files.createSymbolicLink(rules.resolve("zero.drl"), Path.of("/dev/zero"));

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(link.toString());
            assertThat(p.message()).contains("a link to something that is not a regular file (/dev/zero)");
        });
    }

    @Test
    void aLinkToARuleFileIsRead() throws Exception {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path elsewhere = Files.move(rules.resolve("levels.drl"), tmp.resolve("levels.drl"));
        Files.createSymbolicLink(rules.resolve("levels.drl"), elsewhere.toAbsolutePath());

        assertThat(new RuleBaseCompiler().compile(rules).rules()).hasSize(3);
    }

    @Test
    void aRuleFileThatIsNotUtf8IsLocatedAtItsFirstBadByte() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Path file = rules.resolve("ceilings.drl");
        int line = lineOf(file, "String note = \"absent\";");
        String text = Files.readString(file).replace("String note = \"absent\";", "String note = \"abs\u00e9nt\";");
        Files.write(file, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo("    String note = \"abs".length() + 1);
            assertThat(p.message()).contains("not UTF-8", "0xE9").doesNotContain("Exception");
        });
    }

    @Test
    void theProblemsOfEveryFileAreReportedAtOnce() throws IOException {
        Path rules = copy(VALID, tmp.resolve("rules"));
        Files.createDirectories(rules.resolve("archive.drl"));
        Files.writeString(rules.resolve("old-levels.drl"), OTHER_PACKAGE_RULE);

        assertThat(problemsOf(rules)).hasSize(2);
    }

    private static List<RuleProblem> problemsOf(Path rules) {
        try {
            new RuleBaseCompiler().compile(rules);
        } catch (RuleBuildException e) {
            return e.problems();
        }
        throw new AssertionError("the rules built, but a build error was expected");
    }
}
