package org.cyberarms.advisor.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.cyberarms.advisor.files.InputFile;
import org.cyberarms.advisor.files.UnreadableFileException;
import org.cyberarms.advisor.knowledge.Fields;
import org.cyberarms.advisor.knowledge.Keys;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.knowledge.LocatedYaml;
import org.cyberarms.advisor.knowledge.NodeReader;
import org.cyberarms.advisor.knowledge.Problems;
import org.cyberarms.advisor.knowledge.Suggestions;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.Provenance;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds and reads scenario files, checked as strictly as the knowledge files and against the knowledge
 * they apply to: every problem of the run at its file, line and column, with a hint, all at once.
 *
 * <p>A scenario is named by its file's stem ({@code knowledge/scenarios/NAME.yaml}) or given as a path.
 * {@code extends: NAME} names another scenario in the same folder, and {@code extends: [A, B]} several, to
 * combine them: they are applied first, in that order (a later one wins where two set the same value), then
 * the scenario's own changes. A cycle of {@code extends} is an error that names the whole cycle.
 */
public final class ScenarioLoader {

    /** Where {@code advisor} looks for scenarios by name: beside the knowledge files. */
    public static final String FOLDER = "scenarios";

    private final Path scenarioDir;

    public ScenarioLoader(Path scenarioDir) {
        this.scenarioDir = scenarioDir;
    }

    public static ScenarioLoader besideKnowledge(Path knowledgeDir) {
        return new ScenarioLoader(knowledgeDir.resolve(FOLDER));
    }

    /** The names of the scenarios in the folder, sorted. */
    public List<String> available() {
        if (!Files.isDirectory(scenarioDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(scenarioDir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length())).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The scenarios named (or given as files), each preceded by the scenarios it extends, in the order they
     * apply; a scenario that several of them build on is applied once.
     */
    public List<Scenario> load(List<String> namesOrFiles, Knowledge baseline) throws KnowledgeException {
        Problems problems = new Problems();
        Reading reading = new Reading(problems, Vocabulary.of(baseline));
        for (String nameOrFile : namesOrFiles) {
            locate(nameOrFile, problems).ifPresent(path -> reading.read(path, new ArrayList<>(), Optional.empty()));
        }
        problems.throwIfAny();
        return reading.loaded;
    }

    /** One scenario with its chain, for comparing each scenario on its own against the baseline. */
    public List<Scenario> load(String nameOrFile, Knowledge baseline) throws KnowledgeException {
        return load(List.of(nameOrFile), baseline);
    }

    /**
     * The file a scenario argument names, when it names one by path ({@code my.yaml}, {@code dir/x}); empty
     * for a scenario name, which is looked up in the scenarios folder.
     */
    public static Optional<Path> asFile(String nameOrFile) {
        return nameOrFile.endsWith(".yaml") || nameOrFile.endsWith(".yml") || nameOrFile.contains("/")
                ? Optional.of(Path.of(nameOrFile)) : Optional.empty();
    }

    private Optional<Path> locate(String nameOrFile, Problems problems) {
        Optional<Path> asFile = asFile(nameOrFile);
        if (asFile.isPresent()) {
            try {
                InputFile.requireRegular(asFile.get());
                return asFile;
            } catch (UnreadableFileException e) {
                problems.inFile(nameOrFile, e.reason().equals("file not found") ? "scenario file not found" : e.reason());
                return Optional.empty();
            }
        }
        Path named = byName(nameOrFile);
        if (Files.exists(named, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(named); // LocatedYaml refuses it, with the reason, if it is not a regular file
        }
        List<String> known = available();
        problems.at("--scenario " + nameOrFile, 0, 0, "no scenario named `" + nameOrFile + "` in " + scenarioDir
                + (known.isEmpty() ? "" : " (there are: " + String.join(", ", known) + ")"),
                Suggestions.didYouMean(nameOrFile, known).or(() -> Optional.of(
                        "Give the scenario's name (its file name without .yaml) or the path of its file")));
        return Optional.empty();
    }

    private Path byName(String name) {
        return scenarioDir.resolve(name + ".yaml");
    }

    /** One run of reading: the problems, the vocabulary as the scenarios read so far leave it, and the result. */
    private final class Reading {

        private final Problems problems;
        private final Vocabulary vocabulary;
        private final List<Scenario> loaded = new ArrayList<>();
        private final Set<Path> done = new LinkedHashSet<>();

        Reading(Problems problems, Vocabulary vocabulary) {
            this.problems = problems;
            this.vocabulary = vocabulary;
        }

        /** Reads {@code path} after what it extends; {@code chain} holds the names being read, for cycles. */
        void read(Path path, List<String> chain, Optional<ExtendsAt> extendedAt) {
            Path key = path.toAbsolutePath().normalize();
            if (done.contains(key)) {
                return;
            }
            Optional<LocatedYaml> yaml = LocatedYaml.read(path, problems);
            if (yaml.isEmpty()) {
                return;
            }
            NodeReader reader = new NodeReader(yaml.get().file(), problems);
            ScenarioFileReader file = new ScenarioFileReader(yaml.get(), reader);
            Optional<Fields> fields = file.topFields();
            if (fields.isEmpty()) {
                return;
            }
            Optional<String> name = file.name(fields.get(), stem(path));
            String shownName = name.orElse(stem(path));
            if (chain.contains(shownName)) {
                List<String> cycle = new ArrayList<>(chain.subList(chain.indexOf(shownName), chain.size()));
                cycle.add(shownName);
                ExtendsAt at = extendedAt.orElse(new ExtendsAt(yaml.get().file(), yaml.get().root()));
                problems.at(at.file(), at.node(),
                        "`extends` makes a cycle: " + String.join(" -> ", cycle),
                        Optional.of("A scenario cannot build on itself; remove `extends` from one of them"));
                return;
            }
            List<String> parents = new ArrayList<>();
            Optional<Fields.Entry> extendsEntry = fields.get().entry("extends");
            if (extendsEntry.isPresent()) {
                for (Node item : parentNodes(reader, extendsEntry.get().value())) {
                    Optional<String> parent = reader.text(item, "`extends`");
                    if (parent.isEmpty()) {
                        continue;
                    }
                    parents.add(parent.get());
                    Optional<Path> parentPath = sibling(path, parent.get());
                    if (parentPath.isEmpty()) {
                        reader.problem(item, "`extends` names `" + parent.get()
                                + "`, which is not a scenario in this folder",
                                Optional.of("`extends` takes the name of a scenario in the same folder as this"
                                        + " file (its file name without .yaml), e.g. `extends: "
                                        + siblings(path).stream().findFirst().orElse("base-scenario") + "`"));
                    } else if (!Files.exists(parentPath.get(), LinkOption.NOFOLLOW_LINKS)) {
                        List<String> known = siblings(path);
                        reader.problem(item, "`extends` names `" + parent.get()
                                + "`, but there is no scenario of that name beside this file",
                                Suggestions.didYouMean(parent.get(), known).or(() -> Optional.of(
                                        "Scenarios in this folder: " + String.join(", ", known))));
                    } else {
                        List<String> deeper = new ArrayList<>(chain);
                        deeper.add(shownName);
                        read(parentPath.get(), deeper, Optional.of(new ExtendsAt(yaml.get().file(), item)));
                    }
                }
            }
            long before = problems.countIn(yaml.get().file());
            Optional<Scenario> scenario = file.scenario(fields.get(), name, parents, vocabulary);
            if (scenario.isPresent() && problems.countIn(yaml.get().file()) == before) {
                loaded.add(scenario.get());
                done.add(key);
            }
        }
    }

    /**
     * The names {@code extends} gives: one name, or a list of names ({@code extends: [a, b]}) that apply in
     * that order, so that a later one wins where two set the same value. An empty list is a problem.
     */
    private static List<Node> parentNodes(NodeReader reader, Node value) {
        if (!(value instanceof SequenceNode)) {
            return List.of(value);
        }
        return reader.nonEmptyList(value, "`extends`").orElse(List.of());
    }

    /** The {@code extends} value being followed: where a cycle is reported. */
    private record ExtendsAt(String file, Node node) {}

    private static String stem(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The scenario file {@code name} beside {@code path}, if {@code name} is a plain scenario name whose file
     * (links followed) really is in the same folder: {@code extends} must not reach outside the scenarios.
     * Empty for a name with a path in it ({@code ../../outside/evil}) or a link that leads elsewhere.
     */
    private static Optional<Path> sibling(Path path, String name) {
        if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        Path candidate = path.resolveSibling(name + ".yaml");
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(candidate); // reported as "no scenario of that name" by the caller
        }
        try {
            Path folder = path.toAbsolutePath().getParent().toRealPath();
            Path real = candidate.toRealPath();
            return folder.equals(real.getParent()) ? Optional.of(candidate) : Optional.empty();
        } catch (IOException e) {
            return Optional.of(candidate); // a dangling link or unreadable file: LocatedYaml says which
        }
    }

    private static List<String> siblings(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        return new ScenarioLoader(dir).available();
    }

    /** What the provenance of a scenario file must say: its values are a scenario's. */
    static final List<String> ORIGINS = List.of("scenario");

    static Optional<Provenance> provenance(NodeReader reader, Fields.Entry entry) {
        String where = "the provenance";
        Optional<Fields> fields = reader.fields(entry.value(), where, Keys.required("origin", "basis", "changes"),
                Optional.of(entry.key()));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> origin = fields.get().value("origin").flatMap(n -> reader.oneOf(n, "`origin` in " + where,
                ORIGINS, "the origin of a scenario", Optional.of("A scenario file's values are a scenario's: "
                        + "write `origin: scenario`")));
        Optional<String> basis = fields.get().value("basis").flatMap(n -> reader.text(n, "`basis` in " + where));
        Optional<List<Node>> items = fields.get().value("changes")
                .flatMap(n -> reader.nonEmptyList(n, "`changes` in the provenance"));
        List<Provenance.Change> changes = new ArrayList<>();
        for (int i = 0; items.isPresent() && i < items.get().size(); i++) {
            String what = "change " + (i + 1) + " in the provenance";
            Optional<Fields> change = reader.fields(items.get().get(i), what, Keys.required("by", "date", "what"),
                    Optional.empty());
            if (change.isEmpty()) {
                continue;
            }
            Optional<String> by = change.get().value("by").flatMap(n -> reader.text(n, "`by` in " + what));
            Optional<String> date = change.get().value("date").flatMap(n -> reader.date(n, "`date` in " + what));
            Optional<String> text = change.get().value("what").flatMap(n -> reader.text(n, "`what` in " + what));
            if (by.isPresent() && date.isPresent() && text.isPresent()) {
                changes.add(new Provenance.Change(by.get(), date.get(), text.get()));
            }
        }
        if (origin.isEmpty() || basis.isEmpty() || items.isEmpty() || changes.size() != items.get().size()) {
            return Optional.empty();
        }
        return Optional.of(new Provenance(origin.get(), basis.get(), changes));
    }
}
