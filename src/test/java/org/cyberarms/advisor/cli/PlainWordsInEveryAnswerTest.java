package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command, in every format it prints, answers in the analyst's words: no Java record text
 * ({@code Assessment[...]}, {@code statusRanks=}), no generated class name, no package name, no exception.
 */
class PlainWordsInEveryAnswerTest {

    private static final String RULE = "Critical dimension substantial or strong: no limit";

    @TempDir
    static Path tmp;

    private static Path trace;

    @BeforeAll
    static void writeATraceOfTheBundledRun() {
        trace = tmp.resolve("run.jsonl");
        assertThat(CommandRun.of("report", "--trace", trace.toString()).exitCode()).isZero();
    }

    static Stream<String> everyCommandInEveryFormat() {
        List<String> commands = new ArrayList<>();
        for (String format : List.of("text", "markdown", "json", "html")) {
            commands.add("report --format " + format);
            commands.add("whatif attribution-mechanism great-power-endorsement --format " + format);
            commands.add("explain E03 --format " + format);
            commands.add("explain E03 --detail --rule \"" + RULE + "\" --format " + format);
            commands.add("explain E11 --rule \"Level is the lowest ceiling\" --format " + format);
        }
        for (String format : List.of("text", "markdown", "json")) {
            commands.add("path --target likely --format " + format);
            commands.add("sensitivity --format " + format);
            commands.add("uncertainty --samples 20 --format " + format);
        }
        commands.add("explain E03 --rule \"Verification blocks several elements: a verification research programme\"");
        commands.add("trace TRACE");
        commands.add("trace TRACE --element E03");
        commands.add("audit verify TRACE");
        commands.add("audit verify TRACE --knowledge src/test/resources/trace/one-element");
        commands.add("check --rules src/test/resources/check/order-independent");
        commands.add("check --rules src/test/resources/check/planted-defects");
        commands.add("test");
        commands.add("test src/test/resources/analyst-tests/wrong-expectation");
        commands.add("explain E99");
        commands.add("explain E03 --rule \"Level is the lowest ceilin\"");
        commands.add("report --set E03.political_endorsment=weak");
        return commands.stream();
    }

    @ParameterizedTest(name = "advisor {0}")
    @MethodSource("everyCommandInEveryFormat")
    void answersShowNoRecordTextClassNameOrException(String commandLine) {
        CommandRun run = CommandRun.of(arguments(commandLine.replace("TRACE", trace.toString())));

        String shown = run.out() + run.err();
        assertThat(run.exitCode()).as(shown).isIn(ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE,
                ExitCode.INVALID_KNOWLEDGE);
        assertThat(shown).isNotBlank()
                .doesNotContain("Assessment[", "statusRanks=", "panelRanks=", "org.cyberarms", "Exception")
                .doesNotContainPattern("\\w\\$\\w")
                .doesNotContainPattern("[A-Z][A-Za-z]+[\\[{][a-z][A-Za-z]*=");
    }

    /** The command line split as a shell would: words, or phrases in double quotes. */
    private static String[] arguments(String commandLine) {
        List<String> words = new ArrayList<>();
        var m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(commandLine);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words.toArray(String[]::new);
    }
}
