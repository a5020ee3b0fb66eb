package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * README stays true: every {@code ./advisor ...} command in its fenced blocks is one the advisor's command
 * line accepts (parsed by picocli, without running), and the commands of "First steps" run on the bundled data.
 */
class ReadmeCommandsTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern FENCE = Pattern.compile("(?m)^```([^\\n]*)\\n(.*?)^```", Pattern.DOTALL);

    @Test
    void everyAdvisorCommandInTheReadmesFencedBlocksParses() throws Exception {
        List<List<String>> commands = advisorCommands(Files.readString(README, StandardCharsets.UTF_8));

        assertThat(commands).as("commands found in README.md").hasSizeGreaterThan(30);
        assertThat(unparsable(commands)).isEmpty();
    }

    @Test
    void aCommandWithAnOptionThatDoesNotExistIsCaught() {
        String readme = """
                ```bash
                ./advisor report --format html   # fine
                ./advisor report --colour red    # no such option
                ```
                ```
                $ ./advisor explian E03
                ```
                """;

        assertThat(unparsable(advisorCommands(readme))).containsExactly(
                "./advisor report --colour red: Unknown options: '--colour', 'red'",
                "./advisor explian E03: Unmatched arguments from index 0: 'explian', 'E03'");
    }

    @Test
    void theReadmeOpensWithTheTwoCommandsThenFirstStepsBeforeTheBuildDetails() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        Matcher first = FENCE.matcher(readme);

        assertThat(first.find()).isTrue();
        assertThat(first.group(2).lines().map(l -> l.replaceAll("\\s+#.*", "")).toList())
                .containsExactly("./advisor report", "mvn -B verify");
        assertThat(readme.indexOf("## First steps")).isGreaterThan(first.end())
                .isLessThan(readme.indexOf("## Building and testing"))
                .isLessThan(readme.indexOf("## What it is"));
    }

    /** Run, read, change, what-if, explain: each command of First steps that prints to the terminal works. */
    @Test
    void theFirstStepsCommandsRunOnTheBundledData() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## First steps");
        String firstSteps = readme.substring(start, readme.indexOf("\n## ", start + 1)); // up to the next section
        List<List<String>> commands = advisorCommands(firstSteps);
        assertThat(commands).extracting(c -> c.get(0))
                .contains("report", "path", "whatif", "explain");

        for (List<String> command : commands) {
            if (command.contains("--out")) {
                continue; // the same command as the one before it, written to a file in the working folder
            }
            CommandRun run = CommandRun.of(command.toArray(String[]::new));

            assertThat(run.exitCode()).as("./advisor %s\n%s", String.join(" ", command), run.err()).isZero();
            assertThat(run.out()).as("./advisor %s", String.join(" ", command)).isNotBlank();
        }
        assertThat(levelOf("E03", "E03.verification=partial")).as("step 4 says E03 stays unlikely").isEqualTo("unlikely");
        assertThat(levelOf("E09")).isEqualTo("unlikely");
        assertThat(levelOf("E09", "E09.verification=weak")).as("step 3 says E09 becomes possible").isEqualTo("possible");
    }

    /** The element's level in the JSON report of the bundled data, under {@code --set} changes. */
    private static String levelOf(String element, String... changes) throws Exception {
        List<String> args = new ArrayList<>(List.of("report", "--format", "json"));
        for (String change : changes) {
            args.addAll(List.of("--set", change));
        }
        JsonNode report = new ObjectMapper().readTree(CommandRun.of(args.toArray(String[]::new)).out());
        for (JsonNode e : report.get("elements")) {
            if (e.get("id").asText().equals(element)) {
                JsonNode level = e.get("level");
                return level.isObject() ? level.get("name").asText() : level.asText();
            }
        }
        throw new AssertionError(element + " is not in the report");
    }

    /** Each {@code ./advisor} command in a fenced block (also after a {@code $ } prompt), as its arguments. */
    static List<List<String>> advisorCommands(String markdown) {
        List<List<String>> commands = new ArrayList<>();
        Matcher block = FENCE.matcher(markdown);
        while (block.find()) {
            for (String line : block.group(2).replace("\\\n", " ").split("\n")) {
                String command = line.strip().replaceFirst("^\\$ ", "");
                if (command.startsWith("./advisor ") || command.equals("./advisor")) {
                    List<String> words = ShellWords.split(command);
                    commands.add(words.subList(1, words.size()));
                }
            }
        }
        return commands;
    }

    /** Each command picocli refuses, with its message; the command is parsed, never run. */
    static List<String> unparsable(List<List<String>> commands) {
        List<String> problems = new ArrayList<>();
        for (List<String> command : commands) {
            try {
                AdvisorCommand.commandLine().parseArgs(command.toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                problems.add("./advisor " + String.join(" ", command) + ": " + e.getMessage());
            }
        }
        return problems;
    }

    /** Words as a POSIX shell splits one line: quotes group, a comment or a pipe or redirect ends the command. */
    static final class ShellWords {

        static List<String> split(String line) {
            List<String> words = new ArrayList<>();
            StringBuilder word = null;
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    } else {
                        word.append(c);
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                    word = word == null ? new StringBuilder() : word;
                } else if (Character.isWhitespace(c)) {
                    if (word != null) {
                        words.add(word.toString());
                        word = null;
                    }
                } else if (word == null && "#|><;&".indexOf(c) >= 0) {
                    break;
                } else {
                    word = word == null ? new StringBuilder() : word;
                    word.append(c);
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return words;
        }
    }
}
