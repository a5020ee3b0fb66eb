package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cyberarms.advisor.Fixtures.BUNDLED_KNOWLEDGE;
import static org.cyberarms.advisor.Fixtures.BUNDLED_RULES;
import static org.cyberarms.advisor.Fixtures.copy;
import static org.cyberarms.advisor.Fixtures.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names in input files that hold terminal control sequences (clear the screen, set the window title, C1 CSI)
 * reach no output raw: every command's stdout and stderr hold no control character but newline and tab.
 */
class TerminalSafetyTest {

    /** Any C0 control but newline and tab, DEL, and any C1 control. */
    private static final Pattern RAW_CONTROL = Pattern.compile("[\\x00-\\x08\\x0B-\\x1F\\x7F-\\x9F]");

    /**
     * ESC [2J (clear screen), ESC ]0;...BEL (window title), CR, NUL and U+009B (the one-character CSI), as
     * YAML double-quoted escapes: the file itself is plain text, the name that is read holds the controls.
     */
    private static final String HOSTILE_NAME_YAML = "\"\\e[2J\\e]0;owned\\a Definitions\\r\\0 and \\x9b31m scope\"";
    private static final String HOSTILE_RULE_NAME = "Clear \u001b[2J the \u009b31m screen";

    @TempDir
    static Path tmp;

    static Path knowledge;
    static Path rules;
    static Path trace;

    @BeforeAll
    static void hostileInputs() throws Exception {
        knowledge = copy(BUNDLED_KNOWLEDGE, tmp.resolve("knowledge"));
        edit(knowledge.resolve("elements.yaml"), "name: Definitions and scope", "name: " + HOSTILE_NAME_YAML);
        rules = copy(BUNDLED_RULES, tmp.resolve("rules"));
        // A rule whose name holds controls and which has no @rationale: `check` lists it by name.
        Files.writeString(rules.resolve("hostile.drl"), """
                package advisor
                import org.cyberarms.advisor.model.Element
                rule "%s"
                when
                    Element( id == "E01", name == "no such name" )
                then
                end
                """.formatted(HOSTILE_RULE_NAME));
        Path tests = Files.createDirectories(tmp.resolve("tests"));
        Files.writeString(tests.resolve("hostile.yaml"), """
                cases:
                  - name: "a case named \\e]0;title\\a with controls"
                    expect:
                      levels: {E01: unlikely}
                """);
        trace = tmp.resolve("run.jsonl");
        CommandRun traced = CommandRun.of("report", "--knowledge", knowledge.toString(), "--rules", rules.toString(),
                "--trace", trace.toString());
        assertThat(traced.exitCode()).as(traced.err()).isZero();
    }

    private static void assertNoRawControl(CommandRun run, String command) {
        assertThat(RAW_CONTROL.matcher(run.out()).find()).as("stdout of " + command + ":\n" + run.out()).isFalse();
        assertThat(RAW_CONTROL.matcher(run.err()).find()).as("stderr of " + command + ":\n" + run.err()).isFalse();
    }

    private static CommandRun run(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        if (!command.startsWith("trace")) {
            args.addAll(List.of("--knowledge", knowledge.toString(), "--rules", rules.toString()));
        }
        return CommandRun.of(args.stream().map(a -> a.equals("TRACE") ? trace.toString() : a).toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "report --format markdown", "report --format json", "report --format html",
        "whatif attribution-mechanism", "whatif attribution-mechanism --format markdown",
        "explain E01", "explain E01 --format markdown", "path E01 --target feasible", "sensitivity",
        "uncertainty --samples 50", "uncertainty --samples 50 --format json", "check"})
    void noControlCharacterFromTheInputsReachesTheOutput(String command) {
        CommandRun run = run(command);

        assertNoRawControl(run, command);
        assertThat(run.out()).isNotEmpty();
    }

    @Test
    void theNameIsShownWithItsControlsMadeVisible() {
        CommandRun run = run("report");

        // (the text layout folds the CR, a line break, into a space)
        assertThat(run.out()).contains("\\e[2J\\e]0;owned\\u0007 Definitions").contains("\\u0000 and \\u009b31m scope");
    }

    @Test
    void jsonKeepsTheNameExactly() throws Exception {
        CommandRun run = run("report --format json");

        var name = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).findValues("name").stream()
                .map(com.fasterxml.jackson.databind.JsonNode::asText).filter(n -> n.contains("Definitions"))
                .findFirst().orElseThrow();
        assertThat(name).isEqualTo("\u001b[2J\u001b]0;owned\u0007 Definitions\r\u0000 and \u009b31m scope");
    }

    @Test
    void theTraceAndTheAnalystTestsShowNoRawControls() {
        assertNoRawControl(run("trace TRACE"), "trace");
        CommandRun tests = CommandRun.of("test", tmp.resolve("tests").toString(), "--knowledge", knowledge.toString(),
                "--rules", rules.toString());
        assertNoRawControl(tests, "test");
        assertThat(tests.out()).contains("a case named \\e]0;title\\u0007 with controls");
    }

    @Test
    void errorMessagesQuotingWhatWasTypedShowNoRawControls() {
        CommandRun unknownElement = run("explain E99\u001b[2J");
        CommandRun unknownOption = CommandRun.of("report", "--format", "te\u009bxt");

        assertThat(unknownElement.exitCode()).isEqualTo(ExitCode.USAGE);
        assertNoRawControl(unknownElement, "explain");
        assertThat(unknownOption.exitCode()).isEqualTo(ExitCode.USAGE);
        assertNoRawControl(unknownOption, "report --format");
    }
}
