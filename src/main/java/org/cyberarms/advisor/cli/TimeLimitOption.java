package org.cyberarms.advisor.cli;

import picocli.CommandLine.Option;

/**
 * {@code --max-seconds} for the commands that run rules without the other input options (test and audit
 * verify; check has its own default); {@link CommandRunner} keeps the limit for every command that has the option.
 */
final class TimeLimitOption {

    static final String DESCRIPTION = "Stop with an error (exit 5, nothing written) when the whole command runs"
            + " longer than S seconds, naming the rule that was running; 1 to 86,400. Default: ${DEFAULT-VALUE}.";

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "60", converter = WholeNumber.Seconds.class,
            description = DESCRIPTION)
    int maxSeconds;
}
