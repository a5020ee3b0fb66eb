package org.cyberarms.advisor.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** {@code --set}: ad-hoc what-if changes typed on the command line, applied after any scenario. */
final class SetOption {

    @Option(names = "--set", paramLabel = "ELEMENT.DIMENSION=STATUS",
            description = "An ad-hoc change after any scenarios, e.g. " + PackExamples.A_CHANGE + " (an assumed"
                    + " status, in every round) or "
                    + PackExamples.ID + "." + PackExamples.DIMENSION_ID + ".reliance=" + PackExamples.A_RELIANCE
                    + "; `all` for every element."
                    + " Repeatable.")
    List<String> values = new ArrayList<>();
}
