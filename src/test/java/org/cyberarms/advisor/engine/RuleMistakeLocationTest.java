package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each ordinary mistake in a rule file is reported once, at the file, line and column where the analyst
 * must look, in words without Java: the fixture in src/test/resources/rule-files/valid is copied and one
 * mistake made in the copy.
 */
class RuleMistakeLocationTest {

    private static final Path VALID = Path.of("src/test/resources/rule-files/valid");

    @TempDir
    Path tmp;

    private Path edited;

    @Test
    void aRuleWithoutEndIsNamedAtItsHeaderWithAHint() {
        RuleProblem problem = problemAfter("ceilings.drl",
                "    insert( new Ceiling( $a, $l ) );\nend\n", "    insert( new Ceiling( $a, $l ) );\n");

        assertAt(problem, "rule \"Critical dimension absent: ceiling unlikely\"", "rule");
        assertThat(problem.message())
                .contains("\"Critical dimension absent: ceiling unlikely\"", "has no `end`", "add a line `end` after its action");
    }

    @Test
    void theLastRuleWithoutEndIsNamedAtItsHeader() {
        RuleProblem problem = problemAfter("levels.drl",
                "    insert( new ElementLevel( $e, $c ) );\nend\n", "    insert( new ElementLevel( $e, $c ) );\n");

        assertAt(problem, "rule \"Level is the lowest ceiling\"", "rule");
        assertThat(problem.message()).contains("\"Level is the lowest ceiling\" has no `end`");
    }

    @Test
    void aCommentNeverClosedIsReportedWhereItOpens() {
        RuleProblem problem = problemAfter("ceilings.drl",
                "rule \"Critical dimension weak", "/* an old note\nrule \"Critical dimension weak");

        assertAt(problem, "/* an old note", "/*");
        assertThat(problem.message()).contains("comment", "never closed", "*/");
    }

    @Test
    void aStringNeverClosedInAConditionIsReportedWhereItOpens() {
        RuleProblem problem = problemAfter("ceilings.drl", "status == \"weak\" )", "status == \"weak )");

        assertAt(problem, "\"weak )", "\"weak");
        assertThat(problem.message()).contains("not closed", "quote");
    }

    @Test
    void aStringNeverClosedInAnActionIsReportedWhereItOpens() {
        RuleProblem problem = problemAfter("ceilings.drl", "String note = \"absent\";", "String note = \"absent;");

        assertAt(problem, "\"absent;", "\"");
    }

    @Test
    void aRationaleOverTwoLinesIsNotMistakenForAnOpenStringWhenAnotherMistakeIsFurtherDown() {
        Path rules = copy(VALID, tmp.resolve("rules"));
        edited = rules.resolve("ceilings.drl");
        edit(edited, "@rationale(\"A critical dimension that exists", "@rationale(\"A critical dimension\n    that exists");
        edit(edited, "status == \"weak\"", "status = \"weak\"");

        RuleProblem problem = onlyProblemOf(rules);

        assertAt(problem, "status = \"weak\"", "= \"weak");
    }

    @Test
    void aMisspeltImportIsOneProblemAtTheImportedName() {
        RuleProblem problem = problemAfter("ceilings.drl",
                "import org.cyberarms.advisor.model.Assessment", "import org.cyberarms.advisor.model.Asessment");

        assertAt(problem, "Asessment", "Asessment");
        assertThat(problem.message()).contains("cannot import", "org.cyberarms.advisor.model.Asessment", "spelling");
    }

    @Test
    void aMissingSemicolonInAnActionIsReportedAtTheEndOfItsLine() {
        RuleProblem problem = problemAfter("ceilings.drl", "String note = \"absent\";", "String note = \"absent\"");

        assertAt(problem, "String note", "\n");
        assertThat(problem.message()).contains("`;` is missing");
    }

    @Test
    void anUnknownMethodInAnActionIsReportedAtTheMisspeltWordWithTheFields() {
        RuleProblem problem = problemAfter("ceilings.drl", "String note = \"absent\";", "String note = $a.stauts();");

        assertAt(problem, "stauts", "stauts");
        assertThat(problem.message()).contains("`stauts` is not known here", "Assessment", "status");
    }

    @Test
    void anUnknownFunctionInAnActionIsReportedAtItsNameWithoutTheGeneratedClass() {
        RuleProblem problem = problemAfter("ceilings.drl", "String note = \"absent\";", "String note = describe($a);");

        assertAt(problem, "describe(", "describe");
        assertThat(problem.message()).contains("`describe` is not known here", "no function");
    }

    @Test
    void aWrongTypeInAnActionIsReportedAtTheValueInPlainWords() {
        RuleProblem problem = problemAfter("ceilings.drl", "String note = \"absent\";", "String s = 5;");

        assertAt(problem, "String s = 5;", "5");
        assertThat(problem.message()).isEqualTo("a number cannot be used where text is expected");
    }

    @Test
    void aMistakeInTheActionOfARuleWithManyBindingsIsFoundAfterBlankAndCommentLines() {
        RuleProblem problem = problemAfter("levels.drl", "then\n    insert( new ElementLevel( $e, $c ) );",
                "then\n\n    // look the level up\n    $e.stauts();\n    insert( new ElementLevel( $e, $c ) );");

        assertAt(problem, "stauts", "stauts");
        assertThat(problem.message()).contains("`Element` has no `stauts`");
    }

    @Test
    void aMistakeOnTheThenLineItselfIsFoundThere() {
        RuleProblem problem = problemAfter("levels.drl", "then\n", "then String s = 5;\n");

        assertAt(problem, "then String s = 5;", "5");
    }

    @Test
    void anUnknownTypeInAnActionIsReportedAtTheWord() {
        RuleProblem problem = problemAfter("levels.drl", "new ElementLevel(", "new ElementLevell(");

        assertAt(problem, "ElementLevell", "ElementLevell");
        assertThat(problem.message()).contains("`ElementLevell` is not known here", "import");
    }

    @Test
    void anUnknownMethodInAnEvalConditionIsReportedAtTheWordInTheCondition() {
        RuleProblem problem = problemAfter("ceilings.drl", "    $l : Level( name == \"unlikely\" )",
                "    $l : Level( name == \"unlikely\" )\n    eval( $a.stauts() == \"x\" )");

        assertAt(problem, "eval(", "stauts");
        assertThat(problem.message()).contains("`stauts` is not known here");
    }

    @Test
    void aSingleEqualsSignInAConditionIsReportedAtTheSignInPlainWords() {
        RuleProblem problem = problemAfter("ceilings.drl", "status == \"none\"", "status = \"none\"");

        assertAt(problem, "status = \"none\"", "= \"none");
        assertThat(problem.message()).contains("unexpected `=`");
    }

    /** Copies the valid rules, makes one mistake in {@code file}, and returns the one problem reported. */
    private RuleProblem problemAfter(String file, String from, String to) {
        Path rules = copy(VALID, tmp.resolve("rules"));
        edited = rules.resolve(file);
        edit(edited, from, to);
        return onlyProblemOf(rules);
    }

    private static RuleProblem onlyProblemOf(Path rules) {
        List<RuleProblem> problems;
        try {
            new RuleBaseCompiler().compile(rules);
            throw new AssertionError("the rules built, but a build error was expected");
        } catch (RuleBuildException e) {
            problems = e.problems();
        }
        assertThat(problems).as("problems: %s", problems).hasSize(1);
        RuleProblem problem = problems.get(0);
        assertThat(problem.describe()).doesNotContain("Rule_", "$u", "java.", "Exception", "cannot be resolved",
                "Type mismatch", "Parser returned", "[ERR", "mismatched input");
        return problem;
    }

    /**
     * The problem is in the edited file, on the first line containing {@code lineMarker}, at the column of
     * {@code word} in it ({@code "\n"}: just after the line's end).
     */
    private void assertAt(RuleProblem problem, String lineMarker, String word) {
        int line = lineOf(edited, lineMarker);
        String text = lineText(line);
        int column = word.equals("\n") ? text.length() + 1 : text.indexOf(word) + 1;
        assertThat(problem.file()).isEqualTo(edited.toString());
        assertThat(problem.line()).as("line of %s", problem.describe()).isEqualTo(line);
        assertThat(problem.column()).as("column of %s", problem.describe()).isEqualTo(column);
    }

    private String lineText(int line) {
        try {
            return Files.readAllLines(edited).get(line - 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
