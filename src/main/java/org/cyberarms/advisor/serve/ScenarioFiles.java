package org.cyberarms.advisor.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.cyberarms.advisor.document.JsonPrinter;
import org.cyberarms.advisor.document.WhatIf;
import org.cyberarms.advisor.knowledge.KnowledgeException;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.scenario.AdHocChanges;
import org.cyberarms.advisor.scenario.AssumedValues;
import org.cyberarms.advisor.scenario.Scenario;
import org.cyberarms.advisor.scenario.ScenarioChange;
import org.cyberarms.advisor.scenario.ScenarioLoader;
import org.cyberarms.advisor.scenario.ScenarioOverlay;

/**
 * The scenarios folder as the API sees it: list, read as {@code --set} changes, and save. The only files
 * the workbench ever writes are {@code <name>.yaml} in this folder, named by {@link Routes#SCENARIO_NAME}
 * (no path can be spelt in it), written whole (a temporary file renamed into place) after it has been read
 * back as the advisor reads scenarios, and never over an existing file unless the request says
 * {@code overwrite: true}.
 */
final class ScenarioFiles {

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private final Path knowledgeDir;
    private final Path folder;

    ScenarioFiles(Path knowledgeDir) {
        this.knowledgeDir = knowledgeDir;
        this.folder = knowledgeDir.resolve(ScenarioLoader.FOLDER);
    }

    /** The body of {@code POST /api/scenarios}. */
    record SaveRequest(String name, String title, String rationale, List<String> set, Boolean overwrite) {
        SaveRequest {
            set = set == null ? List.of() : set;
            overwrite = overwrite != null && overwrite;
        }
    }

    /** {@code {"scenarios": [{"name", "title"}]}}: every scenario file, by name; the title is its description. */
    String list(Knowledge baseline) {
        ObjectNode root = JsonPrinter.object();
        ArrayNode scenarios = root.putArray("scenarios");
        ScenarioLoader loader = ScenarioLoader.besideKnowledge(knowledgeDir);
        for (String name : loader.available()) {
            ObjectNode entry = scenarios.addObject().put("name", name);
            try {
                List<Scenario> chain = loader.load(name, baseline);
                entry.put("title", chain.get(chain.size() - 1).description());
            } catch (KnowledgeException broken) {
                entry.put("title", "(this scenario cannot be applied: " + broken.problems().get(0).describe() + ")");
            }
        }
        return JsonPrinter.print(root);
    }

    /**
     * {@code {"name", "title", "set": [...], "otherChanges": [...]}}: what the scenario (with what it extends)
     * changes, as the {@code --set} changes that give the same statuses and reliances, and in words what no
     * {@code --set} can say (an element added or removed, a panellist's score).
     */
    String read(Knowledge baseline, String name) throws KnowledgeException, ApiError.Refusal {
        Routes.checkScenarioName(name);
        if (!ScenarioLoader.besideKnowledge(knowledgeDir).available().contains(name)) {
            throw new ApiError.Refusal(404, "There is no scenario `" + name + "` in " + folder + ".");
        }
        ScenarioOverlay.Applied applied = ScenarioOverlay.overlay(baseline, knowledgeDir, List.of(name), List.of());
        List<Scenario> chain = ScenarioLoader.besideKnowledge(knowledgeDir).load(name, baseline);
        ObjectNode root = JsonPrinter.object();
        root.put("name", name);
        root.put("title", chain.get(chain.size() - 1).description());
        ArrayNode sets = root.putArray("set");
        ArrayNode others = root.putArray("otherChanges");
        for (WhatIf.Change change : AssumedValues.changes(baseline, applied.knowledge())) {
            if (change.field().equals("status")) {
                sets.add(change.element() + "." + change.dimension() + "=" + change.to());
            } else if (change.field().equals("reliance")) {
                sets.add(change.element() + "." + change.dimension() + ".reliance=" + change.to());
            } else {
                others.add(change.sentence());
            }
        }
        return JsonPrinter.print(root);
    }

    /**
     * Writes {@code <name>.yaml}: the changes as {@code --set} would apply them, checked first against the
     * knowledge (the same messages as {@code --set}), then read back as a scenario before it takes its place.
     *
     * @return {@code {"name", "file"}}
     */
    synchronized String save(Knowledge baseline, SaveRequest request) throws KnowledgeException, ApiError.Refusal,
            IOException {
        Routes.checkScenarioName(request.name() == null ? "" : request.name());
        String title = required(request.title(), "title", "what the scenario supposes, in one sentence");
        String rationale = required(request.rationale(), "rationale", "why it is worth considering");
        if (request.set().isEmpty()) {
            throw new ApiError.Refusal(400, "A scenario needs at least one change in `set`.");
        }
        Scenario changes = AdHocChanges.parse(request.set(), baseline); // the --set checks and messages
        Path target = folder.resolve(request.name() + ".yaml");
        if (!target.normalize().getParent().equals(folder.normalize())) {
            throw new ApiError.Refusal(400, "A scenario is saved only inside " + folder + ".");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !request.overwrite()) {
            throw new ApiError.Refusal(409, "A scenario named `" + request.name() + "` exists already; choose"
                    + " another name, or confirm that it should be replaced.");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ApiError.Refusal(409, target + " is not a regular file; it is left alone.");
        }
        Files.createDirectories(folder);
        String text = yaml(request.name(), title, rationale, changes.changes());
        Path staging = Files.createTempDirectory(folder, ".saving-");
        try {
            Path written = staging.resolve(request.name() + ".yaml");
            Files.writeString(written, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            new ScenarioLoader(staging).load(request.name(), baseline); // reads back as every command will
            place(written, target, request.overwrite());
        } finally {
            deleteAll(staging);
        }
        ObjectNode root = JsonPrinter.object();
        root.put("name", request.name());
        root.put("file", knowledgeDir.relativize(target).toString().replace('\\', '/'));
        return JsonPrinter.print(root);
    }

    /** Renames the file into place in one step; without overwrite, only if no file of that name appeared meanwhile. */
    private static void place(Path written, Path target, boolean overwrite) throws IOException, ApiError.Refusal {
        if (overwrite) {
            try {
                Files.move(written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return;
        }
        try {
            Files.createLink(target, written); // link(2) never replaces: refused when the name exists
        } catch (FileAlreadyExistsException raced) {
            throw new ApiError.Refusal(409, "A scenario named `" + target.getFileName() + "` appeared meanwhile;"
                    + " it is left as it is.");
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new ApiError.Refusal(409, "A scenario named `" + target.getFileName() + "` appeared"
                        + " meanwhile; it is left as it is.");
            }
            Files.move(written, target);
        }
    }

    private static String required(String value, String field, String what) throws ApiError.Refusal {
        if (value == null || value.isBlank()) {
            throw new ApiError.Refusal(400, "A scenario needs a `" + field + "`: " + what + ".");
        }
        return value.strip();
    }

    /** The scenario file, in the form the bundled scenarios have (schemas/scenario.schema.json). */
    private static String yaml(String name, String title, String rationale, List<ScenarioChange> changes)
            throws IOException {
        ObjectNode root = YAML.createObjectNode();
        root.put("name", name);
        root.put("description", title);
        root.put("author", "the analyst, in the workbench");
        root.put("rationale", rationale);
        ObjectNode provenance = root.putObject("provenance");
        provenance.put("origin", "scenario");
        provenance.put("basis", "Analyst's what-if, saved from the workbench (advisor serve).");
        provenance.putArray("changes").addObject().put("by", "the analyst, in the workbench")
                .put("date", LocalDate.now().toString()).put("what", "Saved from the workbench.");
        ArrayNode list = root.putArray("changes");
        for (ScenarioChange change : changes) {
            ScenarioChange.SetDimension set = (ScenarioChange.SetDimension) change; // all --set can make
            ObjectNode entry = list.addObject();
            if (set.elements().all()) {
                entry.put("elements", "all");
            } else {
                ArrayNode ids = entry.putArray("elements");
                set.elements().elementIds().forEach(ids::add);
            }
            entry.put("dimension", set.dimension());
            set.status().ifPresent(status -> entry.put("status", status));
            set.reliance().ifPresent(reliance -> entry.put("reliance", reliance));
        }
        return "# yaml-language-server: $schema=../../schemas/scenario.schema.json\n"
                + "#\n# A what-if scenario saved from the workbench (advisor serve); applied over the knowledge in"
                + " memory, never written into it.\n# Run: advisor whatif " + name + "   (or: advisor report"
                + " --scenario " + name + ")\n\n" + YAML.writeValueAsString(root);
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
