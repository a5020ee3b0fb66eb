package org.cyberarms.advisor.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --set}: ad-hoc what-if changes typed on the command line, applied after any scenario. */
final class SetOption {

    @Option(names = "--set", paramLabel = "ELEMENT.DIMENSION=STATUS",
            description = "An ad-hoc change after any scenarios, e.g. " + PackExamples.A_CHANGE + " (an assumed"
                    + " status, in every round)" + PackExamples.OR_A_RELIANCE_CHANGE + "; `all` for every element."
                    + " Repeatable.")
    List<String> values = new ArrayList<>();
}
