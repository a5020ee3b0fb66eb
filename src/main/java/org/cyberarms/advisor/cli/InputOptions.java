package org.cyberarms.advisor.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Where the knowledge and the rules are read from; shared by every command that runs the rules. */
final class InputOptions implements InputPaths.NamesInputs {

    @Option(names = "--knowledge", paramLabel = "DIR", defaultValue = "knowledge",
            description = "Folder of knowledge files (maturity-model.yaml, elements.yaml). Default: ${DEFAULT-VALUE}.")
    Path knowledgeDir;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Folder of rule files: the *.drl files at its top level (subfolders are not read), "
                    + "read at every run: no rebuild after an edit. Default: ${DEFAULT-VALUE}.")
    Path rulesDir;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "1000", converter = WholeNumber.Firings.class,
            description = "Stop with an error after N rule firings per element (a rule that keeps re-firing); "
                    + "the limit grows with the knowledge: 16 elements allow 16 x N firings. The bundled rules "
                    + "fire about 8 times per element. 1 to 1,000,000,000. Default: ${DEFAULT-VALUE}.")
    int maxFirings;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "60", converter = WholeNumber.Seconds.class,
            description = TimeLimitOption.DESCRIPTION)
    long maxSeconds;

    /** The bounds every run of the rules keeps: --max-firings and --max-seconds. */
    org.cyberarms.advisor.engine.RunLimits limits() {
        return new org.cyberarms.advisor.engine.RunLimits(maxFirings, java.time.Duration.ofSeconds(maxSeconds));
    }

    /** The folders as typed when they are not the defaults, to repeat in a command the reader can paste. */
    java.util.List<String> arguments() {
        java.util.List<String> arguments = new java.util.ArrayList<>();
        if (!knowledgeDir.equals(Path.of("knowledge"))) {
            arguments.addAll(java.util.List.of("--knowledge", knowledgeDir.toString()));
        }
        if (!rulesDir.equals(Path.of("rules"))) {
            arguments.addAll(java.util.List.of("--rules", rulesDir.toString()));
        }
        return arguments;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        inputs.folder(knowledgeDir, "the knowledge folder").folder(rulesDir, "the rules folder");
    }
}
