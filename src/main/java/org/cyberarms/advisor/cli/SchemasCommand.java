package org.cyberarms.advisor.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cyberarms.advisor.document.Block;
import org.cyberarms.advisor.document.Document;
import org.cyberarms.advisor.document.Format;
import org.cyberarms.advisor.document.Text;
import org.cyberarms.advisor.knowledge.KnowledgeLoader;
import org.cyberarms.advisor.model.MaturityModel;
import org.cyberarms.advisor.scaffold.PackSchemas;
import org.cyberarms.advisor.scaffold.Vocabulary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = {"Write a knowledge pack's JSON Schemas into DIR/schemas/, made from its maturity model"
                + " (DIR/knowledge/maturity-model.yaml): its status and reliance names, dimension ids, element id"
                + " pattern, rounds and required fields. An editor that reads the '# yaml-language-server:"
                + " $schema=...' line of each YAML file then checks the pack's own words as you type.",
                "Run it after changing a scale, a dimension or the pack: section. It reads only the model (so it"
                        + " works while the elements do not yet match a changed model) and writes only"
                        + " DIR/schemas/maturity-model.schema.json, elements.schema.json and scenario.schema.json"
                        + " (those that differ, each atomically).",
                "--check writes nothing and exits 7 when the schemas differ from what the model gives (for CI)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./advisor schemas --pack my-pack",
            "  ./advisor schemas --check"
        })
final class SchemasCommand implements Callable<Integer> {

    /**
     * The heading: the pack's folder goes in the text below it, as typed (a text heading is printed in
     * capitals, which would print {@code packs/x} as {@code PACKS/X}).
     */
    private static final String TITLE = "Schemas";

    @Option(names = "--pack", paramLabel = "DIR", defaultValue = ".",
            description = "The pack's folder (with knowledge/ and schemas/). Default: the current folder.")
    Path pack;

    @Option(names = "--check", description = "Write nothing; exit 7 when DIR/schemas differs from what the model"
            + " gives, naming the files.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        MaturityModel model = new KnowledgeLoader().loadModel(pack.resolve("knowledge"));
        Map<String, String> schemas = new PackSchemas(Vocabulary.of(model)).all();
        Path folder = pack.resolve(PackSchemas.FOLDER);
        if (Files.isSymbolicLink(folder) || Files.exists(folder, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), folder + " is not the pack's own folder (a link or a"
                    + " file); schemas writes only into a real schemas folder inside the pack");
        }
        List<String> stale = new ArrayList<>();
        for (Map.Entry<String, String> schema : schemas.entrySet()) {
            Path file = pack.resolve(schema.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(schema.getValue())) {
                stale.add(file.toString());
            }
        }
        if (check) {
            Output.emit(spec, null, Format.TEXT, checked(stale));
            return stale.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> schema : schemas.entrySet()) {
            Path file = pack.resolve(schema.getKey());
            if (stale.contains(file.toString())) {
                OutputFile.write(file, schema.getValue());
            }
        }
        Output.emit(spec, null, Format.TEXT, Document.of(TITLE, List.of(Block.Paragraph.of(
                stale.isEmpty() ? "The schemas of the pack in " + pack + " already match its model: nothing to write."
                        : "Wrote " + stale.size() + (stale.size() == 1 ? " schema" : " schemas") + " from the model: "
                                + String.join(", ", stale) + "."))));
        return ExitCode.OK;
    }

    private Document checked(List<String> stale) {
        if (stale.isEmpty()) {
            return Document.of(TITLE, List.of(Block.Paragraph.of("The schemas of the pack in " + pack
                    + " match its model.")));
        }
        return Document.of(TITLE, List.of(
                Block.Paragraph.of(stale.size() + " schema" + (stale.size() == 1 ? "" : "s") + " of the pack in " + pack
                        + (stale.size() == 1 ? " does" : " do") + " not match its maturity model:"),
                Block.BulletList.of(stale.stream().map(Text::of).toList()),
                Block.Paragraph.of("Write them from the model with:"),
                new Block.CommandLine("./advisor schemas --pack " + pack)));
    }
}
