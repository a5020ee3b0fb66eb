package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/**
 * Every command's help ends with examples an analyst can paste: each starts with {@code ./advisor} as the
 * README runs it, fits 80 columns, and is printed whole whatever the help's width (picocli reflows
 * descriptions and footers; a command broken over two lines cannot be pasted).
 */
class HelpTextTest {

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {80, 100})
    void everyCommandsExamplesArePrintedWholeAndStartWithDotSlashAdvisor(int width) {
        for (CommandLine command : everyCommand(AdvisorCommand.commandLine())) {
            if (command.getCommandName().equals("help")) {
                continue;
            }
            String name = command.getCommandSpec().qualifiedName();
            command.setUsageHelpWidth(width);
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            List<String> examples = Arrays.asList(command.getCommandSpec().usageMessage().footer());

            assertThat(examples).as(name + " has examples").isNotEmpty();
            assertThat(help).as(name).contains(System.lineSeparator() + "Examples:" + System.lineSeparator()
                    + String.join(System.lineSeparator(), examples) + System.lineSeparator());
            for (String example : examples) {
                assertThat(example).as(name).startsWith("  ./advisor ");
                assertThat(example.length()).as(example).isLessThan(80);
            }
            // no other line of the help is a command without ./ (as the descriptions once had)
            assertThat(help.lines().filter(line -> line.strip().startsWith("advisor ")).toList()).as(name).isEmpty();
        }
    }

    private static List<CommandLine> everyCommand(CommandLine top) {
        List<CommandLine> all = new ArrayList<>(List.of(top));
        top.getSubcommands().values().forEach(sub -> all.addAll(everyCommand(sub)));
        return all;
    }
}
