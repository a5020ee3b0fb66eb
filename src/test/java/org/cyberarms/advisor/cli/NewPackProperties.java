package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.cyberarms.advisor.CommandRun;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * A pack that {@code advisor init} writes passes {@code check} and {@code test} at once, and {@code report} and
 * {@code whatif} run on it, whatever levels, dimensions, statuses, reliances and rounds it was asked for: each
 * run goes through the real command line, the real loader and the real rules.
 */
class NewPackProperties {

    @Example
    void theDefaultPackPassesCheckAndTestAtOnce() throws IOException {
        assertPackWorks(List.of());
    }

    @Example
    void aPackWithFourLevelsTwoDimensionsNoRelianceAndOneRoundPassesAtOnce() throws IOException {
        assertPackWorks(List.of("--title", "Cyber capacity review", "--levels", "start-up,formative,established,strategic",
                "--dimensions", "policy,skills", "--statuses", "absent,emerging,present,embedded,leading",
                "--no-reliance", "--rounds", "1"));
    }

    @Example
    void aPackWithTwoRoundsTwoReliancesAndItsOwnIdPatternPassesAtOnce() throws IOException {
        assertPackWorks(List.of("--levels", "low,high", "--dimensions", "law", "--statuses", "no,yes",
                "--reliances", "helpful,essential", "--rounds", "2", "--element-ids", "F[0-9]{2}"));
    }

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void everyPackInitWritesPassesCheckAndTestAtOnce(@ForAll("options") List<String> options) throws IOException {
        assertPackWorks(options);
    }

    @Provide
    Arbitrary<List<String>> options() {
        Arbitrary<Integer> levels = Arbitraries.integers().between(2, 4);
        Arbitrary<Integer> extraStatuses = Arbitraries.integers().between(0, 2);
        Arbitrary<Integer> dimensions = Arbitraries.integers().between(1, 3);
        Arbitrary<Integer> reliances = Arbitraries.of(0, 2, 3);
        Arbitrary<Integer> rounds = Arbitraries.integers().between(1, 3);
        return Combinators.combine(levels, extraStatuses, dimensions, reliances, rounds)
                .as((l, s, d, r, n) -> {
                    List<String> options = new ArrayList<>(List.of("--levels", names("level", l),
                            "--statuses", names("status", l + s), "--dimensions", names("dim", d),
                            "--rounds", String.valueOf(n)));
                    if (r == 0) {
                        options.add("--no-reliance");
                    } else {
                        options.addAll(List.of("--reliances", names("needs", r)));
                    }
                    return options;
                });
    }

    private static String names(String stem, int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add(stem + i);
        }
        return String.join(",", names);
    }

    private static void assertPackWorks(List<String> options) throws IOException {
        Path tmp = Files.createTempDirectory("new-pack");
        try {
            String pack = tmp.resolve("pack").toString();
            List<String> init = new ArrayList<>(List.of("init", pack));
            init.addAll(options);

            CommandRun written = CommandRun.of(init.toArray(String[]::new));
            assertThat(written.exitCode()).as(options + ": " + written.err()).isZero();

            for (String[] command : List.of(new String[] {"check", "--pack", pack},
                    new String[] {"test", "--pack", pack}, new String[] {"report", "--pack", pack},
                    new String[] {"whatif", "--pack", pack, "example"})) {
                CommandRun run = CommandRun.of(command);
                assertThat(run.exitCode()).as(options + " " + command[0] + ":\n" + run.out() + run.err()).isZero();
                assertThat(run.out() + run.err()).doesNotContain("Exception");
            }
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
