package org.cyberarms.advisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;
import static org.cyberarms.advisor.Fixtures.lineOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleBuildErrorsTest {

    @TempDir
    Path tmp;

    private List<RuleProblem> problemsOf(Path rules) {
        RuleBuildException e = (RuleBuildException) catchBuild(rules);
        return e.problems();
    }

    private static Throwable catchBuild(Path rules) {
        try {
            new RuleBaseCompiler().compile(rules);
        } catch (RuleBuildException e) {
            return e;
        }
        throw new AssertionError("the rules built, but a build error was expected");
    }

    @Test
    void syntaxErrorIsReportedAtItsFileLineAndColumn() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("maturity.drl");
        edit(file, "not Ceiling( elementId == $id, levelRank < $rank )", "not Ceiling( elementId == $id, levelRank < $rank ");
        int line = lineOf(file, "not Ceiling( elementId == $id, levelRank < $rank ");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).isNotEmpty();
        RuleProblem first = problems.get(0);
        assertThat(first.file()).isEqualTo(file.toString());
        assertThat(first.line()).isBetween(line, line + 1);
        assertThat(first.column()).isPositive();
        assertThat(first.describe()).startsWith(file + ":" + first.line() + ":" + first.column() + ": ");
        assertThat(problems).noneMatch(p -> p.message().contains("Parser returned a null Package"));
    }

    @Test
    void unknownFieldIsReportedAtItsLineWithTheFieldNamed() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("constraints.drl");
        edit(file, "Assessment( reliance == \"critical\", status == \"none\" )",
                "Assessment( reliance == \"critical\", colour == \"none\" )");
        int line = lineOf(file, "colour == \"none\"");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("colour");
        });
    }

    @Test
    void unknownFactTypeIsReportedWithItsColumn() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("maturity.drl");
        edit(file, "$e : Element( $id : id )", "$e : Widget( $id : id )");
        int line = lineOf(file, "Widget(");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains("Widget");
            assertThat(p.column()).isEqualTo(lineText(file, line).indexOf("Widget") + 1);
        });
    }

    @Test
    void problemsInSeveralFilesAreAllReportedAtOnce() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        edit(rules.resolve("maturity.drl"), "$e : Element( $id : id )", "$e : Widget( $id : id )");
        edit(rules.resolve("actions.drl"), "Level( name == \"likely\", $likely : rank )", "Levl( name == \"likely\", $likely : rank )");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).extracting(RuleProblem::file)
                .contains(rules.resolve("maturity.drl").toString(), rules.resolve("actions.drl").toString());
    }

    @Test
    void emptyRulesFolderIsAnErrorNamingTheFolder() {
        Path empty = tmp.resolve("no-rules");
        copy(Path.of("src/test/resources/fixtures/all-outcomes"), empty);

        assertThatThrownBy(() -> new RuleBaseCompiler().compile(empty))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems().get(0).describe())
                        .contains("no rule files (*.drl)"));
    }

    @Test
    void anErrorInARulesActionIsReportedAtTheLineAndColumnOfTheWrongWord() {
        Path rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        Path file = rules.resolve("maturity.drl");
        edit(file, "insertLogical( new ElementLevel( $e, $c ) );", "insertLogical( new ElementLevell( $e, $c ) );");
        int line = lineOf(file, "ElementLevell");

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.column()).isEqualTo(lineText(file, line).indexOf("ElementLevell") + 1);
            assertThat(p.message()).contains("`ElementLevell` is not known here");
        });
    }

    @Test
    void aVariableWhosePatternWasDeletedIsReportedWhereItIsUsed() throws Exception {
        Path rules = Files.createDirectories(tmp.resolve("rules"));
        // Two rules compare with $likely; the second lost the line that bound it.
        Path file = Files.writeString(rules.resolve("levels.drl"), """
                package advisor
                import org.cyberarms.advisor.model.Level
                import org.cyberarms.advisor.model.ElementLevel

                rule "Bound"
                when
                    Level( name == "likely", $likely : rank )
                    ElementLevel( rank < $likely )
                then
                end

                rule "Unbound"
                when
                    ElementLevel( rank < $likely )
                then
                end
                """);

        List<RuleProblem> problems = problemsOf(rules);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.column()).isEqualTo(26);
            assertThat(p.message()).isEqualTo("`$likely` is used but not bound by an earlier pattern.");
        });
    }

    @Test
    void aMissingRulesFolderIsABuildErrorNamingTheFolder() {
        Path missing = tmp.resolve("no-such-folder");

        assertThatThrownBy(() -> new RuleBaseCompiler().compile(missing))
                .isInstanceOf(RuleBuildException.class)
                .satisfies(e -> assertThat(((RuleBuildException) e).problems().get(0).describe())
                        .isEqualTo(missing + ": rules folder not found; check the --rules option"));
    }

    private static String lineText(Path file, int line) {
        try {
            return java.nio.file.Files.readAllLines(file).get(line - 1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
