package org.cyberarms.advisor.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.files.InputFile;
import org.cyberarms.advisor.files.UnreadableFileException;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.report.TraceDocument;
import org.cyberarms.advisor.trace.FactSentences;
import org.cyberarms.advisor.trace.RecordedEvent;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.TraceJsonLines;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = "Show a trace written by 'advisor report --trace FILE': every rule fired, fact inserted,"
                + " updated or deleted, and match created or cancelled, in order.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor report --trace run.jsonl",
            "  ./advisor trace run.jsonl --element " + PackExamples.ID + " --fired"
        })
final class TraceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The trace file (JSON Lines).")
    Path file;

    @Option(names = "--element", paramLabel = "ID", description = "Only the events about"
            + " this element, e.g. " + PackExamples.ID + " (or " + PackExamples.ID_LOWER + ").")
    String element;

    @Option(names = "--rule", paramLabel = "NAME", description = "Only the events of this rule (its name).")
    String rule;

    @Option(names = "--fired", description = "Only rule firings (leave out facts and matches).")
    boolean firedOnly;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        requireFile(spec, file);
        RecordedTrace trace = new TraceJsonLines().read(file, header -> sentences(header.inputs().knowledgeDir()));
        // A filter that matches nothing because of a typo would print "0 of 516 events": say what was meant.
        Optional<String> elementId = Optional.ofNullable(element).map(e -> Words.resolve(spec, e,
                named(trace, RecordedEvent::elementIds), "No event in " + file + " is about an element `" + e + "`"));
        Optional<String> ruleName = Optional.ofNullable(rule).map(r -> Words.resolve(spec, r,
                named(trace, event -> event.rule().stream().toList()), "No event in " + file + " is of a rule named \""
                        + r + "\""));
        var filter = new TraceDocument.Filter(elementId, ruleName, firedOnly);
        Output.emit(spec, null, Backend.of(Format.TEXT).render(TraceDocument.of(trace, filter)));
        return ExitCode.OK;
    }

    /** The element ids or rule names the trace's events name, in the order they first appear. */
    private static Set<String> named(RecordedTrace trace, Function<RecordedEvent, Collection<String>> names) {
        Set<String> all = new LinkedHashSet<>();
        trace.events().forEach(event -> all.addAll(names.apply(event)));
        return all;
    }

    /**
     * Facts worded with the dimension labels of the knowledge the run read, when that folder still loads;
     * with the dimension ids the trace records otherwise (the trace itself holds no labels).
     */
    private static FactSentences sentences(String knowledgeDir) {
        try {
            return FactSentences.of(new KnowledgeLoader().load(Path.of(knowledgeDir)).model());
        } catch (KnowledgeException | java.nio.file.InvalidPathException e) {
            return FactSentences.WITH_IDS;
        }
    }

    /** A trace argument that is not a regular file is a usage mistake, refused before it is opened. */
    static void requireFile(CommandSpec spec, Path file) {
        try {
            InputFile.requireRegular(file);
        } catch (UnreadableFileException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
