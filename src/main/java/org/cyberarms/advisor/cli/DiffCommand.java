package org.cyberarms.advisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.cyberarms.advisor.audit.TraceDifference;
import org.cyberarms.advisor.audit.TraceVerifier;
import org.cyberarms.advisor.audit.Verification;
import org.cyberarms.advisor.diff.DiffDocument;
import org.cyberarms.advisor.diff.GitRevision;
import org.cyberarms.advisor.diff.InputPlaces;
import org.cyberarms.advisor.diff.RevisionException;
import org.cyberarms.advisor.diff.RunComparison;
import org.cyberarms.advisor.diff.RunSnapshot;
import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.engine.RuleBase;
import org.cyberarms.advisor.engine.RuleBaseCompiler;
import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.engine.TraceDetail;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;
import org.cyberarms.advisor.trace.Outcome;
import org.cyberarms.advisor.trace.RecordedTrace;
import org.cyberarms.advisor.trace.TraceJsonLines;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {
            "Says what changed between two runs of the rules, in plain words: which elements change level, which"
                    + " rules now fire or no longer fire and the statuses or reliances that changed under them,"
                    + " the recommendations and caveats gained or lost, and the practical actions whose elements"
                    + " changed. It compares two knowledge folders, two rules folders, two git revisions (read"
                    + " through git; your files and branches are not touched), or a trace saved with"
                    + " 'report --trace' against a rerun now.",
            "--pack, --knowledge and --rules name the folders of both sides, unless --knowledge-from, --knowledge-to,"
                    + " --rules-from or --rules-to say otherwise; with --from, the folders whose revisions are read.",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor diff --knowledge-from old-knowledge --knowledge-to knowledge",
            "  ./advisor diff --rules-from rules --rules-to my-rules",
            "  ./advisor diff --from HEAD~1 --to HEAD",
            "  ./advisor diff --from HEAD",
            "  ./advisor diff --trace run.jsonl",
            "  ./advisor diff --from main --format html --out changes.html"
        })
final class DiffCommand implements Callable<Integer>, InputPaths.NamesInputs {

    @Spec
    CommandSpec spec;

    /**
     * The folders of both sides, unless --knowledge-from/-to or --rules-from/-to say otherwise; with --from, the
     * folders whose revisions are read.
     */
    @Mixin
    PackFolders packFolders;

    @Option(names = "--knowledge-from", paramLabel = "DIR", description = "Knowledge folder before the change.")
    Path knowledgeFrom;

    @Option(names = "--knowledge-to", paramLabel = "DIR",
            description = "Knowledge folder after the change. Default: --knowledge.")
    Path knowledgeTo;

    @Option(names = "--rules-from", paramLabel = "DIR", description = "Rules folder before the change.")
    Path rulesFrom;

    @Option(names = "--rules-to", paramLabel = "DIR", description = "Rules folder after the change. Default: --rules.")
    Path rulesTo;

    @Option(names = "--from", paramLabel = "REV",
            description = "Git revision before the change (a commit, branch, tag, HEAD~1): its knowledge and rules"
                    + " folders are read with 'git archive', never checked out.")
    String fromRevision;

    @Option(names = "--to", paramLabel = "REV",
            description = "Git revision after the change. Default: the folders as they are on disk now.")
    String toRevision;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "A trace written by 'advisor report --trace': compares the run it recorded with a rerun"
                    + " now on --knowledge and --rules, with the scenarios, --set changes and limits it records.")
    Path trace;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "With --trace: apply these scenarios instead of those the trace names (repeatable).")
    List<String> scenarios = new ArrayList<>();

    @Mixin
    FormatOption format = FormatOption.of(Format.TEXT, Format.MARKDOWN, Format.HTML, Format.JSON);

    @Mixin
    TimeLimitOption timeLimit;

    @Mixin
    OutOption out;

    @Override
    public Integer call() throws Exception {
        if (trace == null && !scenarios.isEmpty()) {
            throw usage("--scenario goes with --trace (to rerun a trace under other scenarios); folders and revisions"
                    + " are compared as they are");
        }
        Document answer = trace != null ? againstTrace() : fromRevision != null ? betweenRevisions() : betweenFolders();
        Output.emit(spec, out.file, Backend.of(format.chosen(out.file)).render(answer));
        return ExitCode.OK;
    }

    private Document betweenFolders() throws Exception {
        if (toRevision != null) {
            throw usage("--to REV needs --from REV: e.g. ./advisor diff --from HEAD~1 --to HEAD");
        }
        if (knowledgeFrom == null && rulesFrom == null && knowledgeTo == null && rulesTo == null) {
            throw usage("say what to compare: --knowledge-from DIR, --rules-from DIR, --from REV or --trace FILE"
                    + " (e.g. ./advisor diff --knowledge-from old-knowledge)");
        }
        Path knowledgeDir = packFolders.knowledgeDir();
        Path rulesDir = packFolders.rulesDir();
        Folders from = new Folders(or(knowledgeFrom, knowledgeDir), or(rulesFrom, rulesDir));
        Folders to = new Folders(or(knowledgeTo, knowledgeDir), or(rulesTo, rulesDir));
        return compare(from, to, from.describe(), to.describe());
    }

    private Document betweenRevisions() throws Exception {
        if (knowledgeFrom != null || knowledgeTo != null || rulesFrom != null || rulesTo != null) {
            throw usage("--from REV compares the --knowledge and --rules folders at two revisions; it cannot be"
                    + " combined with --knowledge-from, --knowledge-to, --rules-from or --rules-to");
        }
        Path temporary = Files.createTempDirectory("advisor-diff-");
        try {
            Folders from = extract(fromRevision, temporary.resolve("from"));
            Folders to = toRevision == null ? new Folders(packFolders.knowledgeDir(), packFolders.rulesDir())
                    : extract(toRevision, temporary.resolve("to"));
            String inFolders = " (" + packFolders.knowledgeDir() + ", " + packFolders.rulesDir() + ")";
            return compare(from, to, "revision " + fromRevision + inFolders, toRevision == null
                    ? "the folders on disk now" + inFolders : "revision " + toRevision + inFolders);
        } finally {
            deleteTree(temporary);
        }
    }

    private Folders extract(String revision, Path into) throws IOException {
        Folders folders = new Folders(into.resolve("knowledge"), into.resolve("rules"));
        Files.createDirectories(folders.knowledge());
        Files.createDirectories(folders.rules());
        try {
            GitRevision.extract(revision, packFolders.knowledgeDir(), folders.knowledge());
            GitRevision.extract(revision, packFolders.rulesDir(), folders.rules());
        } catch (RevisionException e) {
            throw usage(e.getMessage());
        }
        return folders;
    }

    private Document againstTrace() throws Exception {
        if (fromRevision != null || knowledgeFrom != null || knowledgeTo != null || rulesFrom != null || rulesTo != null) {
            throw usage("--trace compares a recorded run with a rerun now on --knowledge and --rules; it cannot be"
                    + " combined with --from, --to, --knowledge-from, --knowledge-to, --rules-from or --rules-to");
        }
        TraceCommand.requireFile(spec, trace);
        RecordedTrace recorded = new TraceJsonLines().read(trace);
        List<String> applied = scenarios.isEmpty()
                ? AuditCommand.Verify.recordedScenarioNames(spec, recorded.header().inputs()) : scenarios;
        Verification verification = new TraceVerifier().verify(recorded,
                new TraceVerifier.Rerun(packFolders.knowledgeDir(), packFolders.rulesDir(), applied));
        return TraceDifference.of(recorded, verification, new DiffDocument.Sides(
                "the run recorded in " + trace + " (" + recorded.header().stamp().generatedAt() + ")",
                "a rerun now on " + new Folders(packFolders.knowledgeDir(), packFolders.rulesDir()).describe()), true);
    }

    /** The knowledge and rules folders of one side. */
    private record Folders(Path knowledge, Path rules) {
        String describe() {
            return "knowledge folder " + knowledge + ", rules folder " + rules;
        }
    }

    /** One side run: its event lines, the files it read by place, and its dimension labels. */
    private record Run(RunSnapshot snapshot, Map<String, String> files, Map<String, String> labels) {}

    private Document compare(Folders from, Folders to, String fromWords, String toWords) throws Exception {
        Map<Path, RuleBase> built = new HashMap<>();
        Run before = run(from, built);
        Run after = run(to, built);
        Map<String, String> labels = new LinkedHashMap<>(after.labels());
        before.labels().forEach(labels::putIfAbsent);
        return DiffDocument.of(new DiffDocument.Sides(fromWords, toWords), RunComparison.compare(before.snapshot(),
                after.snapshot(), InputPlaces.changes(before.files(), after.files())), labels);
    }

    private Run run(Folders folders, Map<Path, RuleBase> built) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(folders.knowledge());
        Path key = folders.rules().toAbsolutePath().normalize();
        RuleBase rules = built.get(key);
        if (rules == null) {
            rules = new RuleBaseCompiler().compile(folders.rules());
            built.put(key, rules);
        }
        rules.checkVocabulary(knowledge);
        Outcome outcome = rules.evaluate(knowledge, new RunLimits(RunLimits.DEFAULT.maxFiringsPerElement(),
                Duration.ofSeconds(timeLimit.maxSeconds)), TraceDetail.FIRINGS_AND_FACTS);
        List<SourceFile> files = new ArrayList<>(knowledge.files());
        files.addAll(rules.sourceFiles());
        Map<String, String> labels = new LinkedHashMap<>();
        knowledge.model().dimensions().forEach(d -> labels.put(d.id(), d.name()));
        return new Run(RunSnapshot.of(new TraceJsonLines().eventLines(outcome.events())),
                InputPlaces.hashes(files, folders.knowledge(), folders.rules()), labels);
    }

    private static Path or(Path given, Path otherwise) {
        return given != null ? given : otherwise;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void addInputsTo(InputPaths inputs) {
        packFolders.addInputsTo(inputs);
        for (Path folder : new Path[] {knowledgeFrom, knowledgeTo}) {
            if (folder != null) {
                inputs.folder(folder, "a knowledge folder");
            }
        }
        for (Path folder : new Path[] {rulesFrom, rulesTo}) {
            if (folder != null) {
                inputs.folder(folder, "a rules folder");
            }
        }
        if (trace != null) {
            inputs.file(trace, "the trace being compared");
        }
    }
}
