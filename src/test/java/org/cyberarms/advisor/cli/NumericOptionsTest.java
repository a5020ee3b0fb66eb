package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every numeric option a user can type is checked when the command line is parsed: zero, negative, huge and
 * non-numeric values get one plain line naming the option and its range, and the usage exit code; never an
 * internal error, and nothing is run.
 */
class NumericOptionsTest {

    private static final List<String> BAD_VALUES = List.of("0", "-1", "99999999999999999999", "2147483648", "ten",
            "1.5", "");

    static Stream<Arguments> everyNumericOptionWithEveryBadValue() {
        List<String[]> options = List.of(
                new String[] {"report", "--max-firings"}, new String[] {"report", "--max-seconds"},
                new String[] {"whatif attribution-mechanism", "--max-firings"},
                new String[] {"whatif attribution-mechanism", "--max-seconds"},
                new String[] {"path --target likely", "--max-seconds"}, new String[] {"path --target likely", "--max-steps"},
                new String[] {"path --target likely", "--alternatives"}, new String[] {"sensitivity", "--max-seconds"},
                new String[] {"explain E01", "--max-firings"}, new String[] {"uncertainty", "--samples"},
                new String[] {"uncertainty", "--max-seconds"}, new String[] {"uncertainty", "--threads"},
                new String[] {"uncertainty", "--batch"}, new String[] {"check", "--max-seconds"},
                new String[] {"test", "--max-seconds"}, new String[] {"audit verify run.jsonl", "--max-seconds"});
        List<Arguments> cases = new ArrayList<>();
        for (String[] option : options) {
            for (String value : BAD_VALUES) {
                cases.add(Arguments.of(option[0], option[1], value));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} ''{2}''")
    @MethodSource("everyNumericOptionWithEveryBadValue")
    void aValueOutOfRangeIsOneLineWithTheUsageExitCode(String command, String option, String value) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of(option, value));

        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(option).contains("whole number from 1 to").doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
    }
}
