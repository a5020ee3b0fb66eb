package org.cyberarms.advisor.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cyberarms.advisor.model.Knowledge;
import org.cyberarms.advisor.model.SourceFile;

/**
 * Reads and strictly checks a knowledge folder ({@code maturity-model.yaml} and {@code elements.yaml}).
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
        return new Knowledge(model.complete().orElseThrow(() -> new IllegalStateException("model incomplete without a problem")),
                read.elements(), read.assessments(), read.provenance(), files);
    }
}
