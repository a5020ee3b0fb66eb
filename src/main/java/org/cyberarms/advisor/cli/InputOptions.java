package org.cyberarms.advisor.cli;

import picocli.CommandLine.Option;

/**
 * Where the knowledge and the rules are read from ({@link PackFolders}: --pack, --knowledge, --rules) and the
 * limits of a run; shared by every command that runs the rules.
 */
final class InputOptions extends PackFolders {

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "1000", converter = WholeNumber.Firings.class,
            description = "Stop with an error after N rule firings per element (a rule that keeps re-firing); "
                    + "the limit grows with the knowledge (20 elements allow 20 x N firings; the bundled packs' rules "
                    + "fire about 10 times per element). 1 to 1,000,000,000. Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "60", converter = WholeNumber.Seconds.class,
            description = TimeLimitOption.DESCRIPTION)
    long maxSeconds;

    /** The bounds every run of the rules keeps: --max-firings and --max-seconds. */
    org.cyberarms.advisor.engine.RunLimits limits() {
        return new org.cyberarms.advisor.engine.RunLimits(maxFirings, java.time.Duration.ofSeconds(maxSeconds));
    }
}
