package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cyberarms.advisor.audit.PasteableCommand;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Where a command reads its knowledge pack: {@code --pack DIR} (DIR/knowledge, DIR/rules, DIR/rules/tests),
 * or the folders one by one with {@code --knowledge} and {@code --rules}; by default the current folder's
 * knowledge/ and rules/, the bundled pack. A command line that gives {@code --pack} with either of the others
 * is refused before anything runs ({@link #refuseMixed}): which folder would win is not obvious.
 */
class PackFolders implements InputPaths.NamesInputs {

    static final String KNOWLEDGE = "knowledge";
    static final String RULES = "rules";
    static final String TESTS = "tests";

    @Option(names = "--pack", paramLabel = "DIR",
            description = "A knowledge pack: a folder holding knowledge/ (maturity-model.yaml, elements.yaml,"
                    + " scenarios/) and rules/ (*.drl, tests/). Instead of --knowledge and --rules."
                    + " Default: the current folder.")
    Path pack;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Folder of knowledge files (maturity-model.yaml, elements.yaml, scenarios/)."
                    + " Default: knowledge (PACK/knowledge with --pack).")
    Path knowledge;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rule files: the *.drl files at its top level (subfolders are not read), "
                    + "read at every run: no rebuild after an edit. Default: rules (PACK/rules with --pack).")
    Path rules;

    /** The knowledge folder: --knowledge, else the pack's knowledge/, else knowledge. */
    Path knowledgeDir() {
        return knowledge != null ? knowledge : pack != null ? pack.resolve(KNOWLEDGE) : Path.of(KNOWLEDGE);
    }

    /** The rules folder: --rules, else the pack's rules/, else rules. */
    Path rulesDir() {
        return rules != null ? rules : pack != null ? pack.resolve(RULES) : Path.of(RULES);
    }

    /** The analysts' tests of these rules: the rules folder's tests/ (so --rules R tests R/tests). */
    Path testsDir() {
        return rulesDir().resolve(TESTS);
    }

    /** The folders as typed when they are not the defaults, to repeat in a command the reader can paste. */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        if (pack != null) {
            arguments.addAll(List.of("--pack", pack.toString()));
        }
        if (knowledge != null) {
            arguments.addAll(List.of("--knowledge", knowledge.toString()));
        }
        if (rules != null) {
            arguments.addAll(List.of("--rules", rules.toString()));
        }
        return arguments;
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        inputs.folder(knowledgeDir(), "the knowledge folder").folder(rulesDir(), "the rules folder");
    }

    /**
     * Refuses, as a usage error, a command line that names a pack and a knowledge or rules folder too; runs
     * before the command does ({@link CommandRunner}), for the command and each of its mixins.
     */
    static void refuseMixed(CommandSpec command) {
        for (PackFolders folders : of(command)) {
            if (folders.pack != null && (folders.knowledge != null || folders.rules != null)) {
                throw new CommandLine.ParameterException(command.commandLine(), "--pack " + folders.pack
                        + " already names the knowledge and rules folders (" + folders.pack.resolve(KNOWLEDGE)
                        + ", " + folders.pack.resolve(RULES) + "): give --pack, or --knowledge and --rules,"
                        + " not both. Nothing was run or written.");
            }
        }
    }

    /**
     * The knowledge folder the command line names for the command it asks for ({@code --pack DIR} or
     * {@code --knowledge DIR}), else the current folder's knowledge; read once the line is parsed, as help is
     * (picocli sets the options while it parses, so {@code --pack} counts before or after {@code --help}).
     */
    static Path knowledgeNamedBy(CommandLine top) {
        CommandLine.ParseResult parsed = top.getParseResult();
        if (parsed == null) {
            return Path.of(KNOWLEDGE); // help asked for outside a command line (tests print it directly)
        }
        return of(CommandRunner.commandAsked(parsed).getCommandSpec()).stream().findFirst()
                .map(PackFolders::knowledgeDir).orElse(Path.of(KNOWLEDGE));
    }

    /**
     * An example of a command's help, run on the pack its command line names: {@code --pack DIR} (or the
     * --knowledge and --rules folders) as typed, added to an example that names no folder of its own.
     */
    static String onTheSamePack(CommandSpec command, String example) {
        List<String> typed = of(command).stream().findFirst().map(PackFolders::arguments).orElse(List.of());
        if (typed.isEmpty() || example.contains("--pack") || example.contains("--knowledge")
                || example.contains("--rules")) {
            return example;
        }
        return example + " " + typed.stream().map(PasteableCommand::quoted).collect(Collectors.joining(" "));
    }

    /** The pack folder options of a command: its own, or those of its mixins. */
    private static List<PackFolders> of(CommandSpec command) {
        List<Object> holders = new ArrayList<>();
        holders.add(command.userObject());
        command.mixins().values().forEach(mixin -> holders.add(mixin.userObject()));
        return holders.stream().filter(PackFolders.class::isInstance).map(PackFolders.class::cast).toList();
    }
}
