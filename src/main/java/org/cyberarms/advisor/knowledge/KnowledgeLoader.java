package org.cyberarms.advisor.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Reads and strictly checks a knowledge folder ({@code maturity-model.yaml} and {@code elements.yaml}; any
 * other YAML file there is reported, never silently left out).
 * Both files are always checked, and every problem of the run is reported together, each at the file,
 * line and column of the offending key or value. The files are only read, never written.
 */
public final class KnowledgeLoader {

    public Knowledge load(Path knowledgeDir) throws KnowledgeException {
        Problems problems = new Problems();
        if (!Files.isDirectory(knowledgeDir)) {
            problems.inFile(knowledgeDir.toString(), "knowledge folder not found");
            problems.throwIfAny();
        }
        reportFilesNotRead(knowledgeDir, problems);
        Optional<LocatedYaml> modelFile = LocatedYaml.read(knowledgeDir.resolve(MaturityModelReader.FILE_NAME), problems);
        Optional<LocatedYaml> elementsFile = LocatedYaml.read(knowledgeDir.resolve(ElementsReader.FILE_NAME), problems);

        ModelParts model = modelFile.map(file -> new MaturityModelReader(file, problems).read())
                .orElse(ModelParts.unreadable(knowledgeDir.resolve(MaturityModelReader.FILE_NAME).toString()));
        Optional<ElementsFile> elements = elementsFile.flatMap(file -> new ElementsReader(file, model, problems).read());
        problems.throwIfAny();

        List<SourceFile> files = new ArrayList<>();
        modelFile.ifPresent(file -> files.add(file.source()));
        elementsFile.ifPresent(file -> files.add(file.source()));
        ElementsFile read = elements.orElseThrow(() -> new IllegalStateException("elements unread without a problem"));
        return new Knowledge(model.complete(read).orElseThrow(() -> new IllegalStateException("model incomplete without a problem")),
                read.elements(), read.assessments(), read.provenance(), files);
    }

    /**
     * Reads and checks the maturity model alone, not the elements: for {@code advisor schemas}, which writes a
     * pack's schemas from its model and must work while the elements do not yet match a changed model.
     */
    public MaturityModel loadModel(Path knowledgeDir) throws KnowledgeException {
        Problems problems = new Problems();
        Path file = knowledgeDir.resolve(MaturityModelReader.FILE_NAME);
        ModelParts model = LocatedYaml.read(file, problems).map(yaml -> new MaturityModelReader(yaml, problems).read())
                .orElse(ModelParts.unreadable(file.toString()));
        problems.throwIfAny();
        return model.complete().orElseThrow(() -> new IllegalStateException("model incomplete without a problem"));
    }

    /** The folders beside the knowledge files that the advisor reads on its own (scenarios by name). */
    private static final String SCENARIOS_FOLDER = "scenarios";

    /**
     * A YAML file in the knowledge folder that is not one of the two read is most likely knowledge the
     * analyst expects to count (a new year's elements, a renamed copy): naming it is better than a report
     * that silently leaves it out.
     */
    private static void reportFilesNotRead(Path knowledgeDir, Problems problems) {
        List<String> read = List.of(MaturityModelReader.FILE_NAME, ElementsReader.FILE_NAME);
        try (Stream<Path> entries = Files.list(knowledgeDir)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".yaml") || lower.endsWith(".yml")) && !read.contains(name)) {
                    problems.at(entry.toString(), 0, 0, "the advisor does not read this file: a knowledge folder"
                            + " holds " + MaturityModelReader.FILE_NAME + ", " + ElementsReader.FILE_NAME + " and the "
                            + SCENARIOS_FOLDER + "/ folder only", Optional.of("Merge what it holds into one of those"
                            + " files, move it to " + SCENARIOS_FOLDER + "/ if it is a scenario, or move it out of"
                            + " the folder"));
                }
            }
        } catch (IOException e) {
            problems.inFile(knowledgeDir.toString(), "cannot list the knowledge folder: " + e.getMessage());
        }
    }
}
