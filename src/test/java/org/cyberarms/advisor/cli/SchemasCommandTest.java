package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each pack's schemas are made from its model, and `advisor schemas` keeps them so. */
class SchemasCommandTest {

    @TempDir
    Path tmp;

    @Test
    void everyBundledPacksSchemasAreWhatItsModelGives() throws Exception {
        List<String> packs = bundledPacks().stream().map(Path::toString).toList();
        for (String pack : packs) {
            CommandRun run = CommandRun.of("schemas", "--check", "--pack", pack);

            assertThat(run.exitCode()).as(pack + ": " + run.out() + run.err()
                    + "\nRegenerate with: ./advisor schemas --pack " + pack).isZero();
        }
    }

    /**
     * Each bundled pack's YAML files name, in their first line, the schema of their own pack (not another pack's,
     * whose words differ), and satisfy it: what an editor shows the analyst.
     */
    @Test
    void everyBundledPacksFilesNameAndSatisfyTheirOwnPacksSchemas() throws Exception {
        for (Path pack : bundledPacks()) {
            List<Path> files = new ArrayList<>(List.of(pack.resolve("knowledge/maturity-model.yaml"),
                    pack.resolve("knowledge/elements.yaml")));
            try (Stream<Path> scenarios = Files.list(pack.resolve("knowledge/scenarios"))) {
                scenarios.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
            }
            for (Path file : files) {
                String kind = file.getParent().getFileName().toString().equals("scenarios") ? "scenario"
                        : file.getFileName().toString().replace(".yaml", "");
                String first = Files.readAllLines(file).get(0);
                assertThat(first).as(file.toString()).startsWith("# yaml-language-server: $schema=");
                Path named = file.getParent().resolve(first.substring(first.indexOf('=') + 1).strip()).normalize();

                assertThat(named).as(file + " names its pack's own schema")
                        .isEqualTo(pack.resolve("schemas/" + kind + ".schema.json").normalize());
                JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                        .getSchema(new ObjectMapper().readTree(named.toFile()));
                assertThat(schema.validate(new YAMLMapper().readTree(file.toFile()))).as(file.toString()).isEmpty();
            }
        }
    }

    private static List<Path> bundledPacks() throws Exception {
        List<Path> packs = new ArrayList<>(List.of(Path.of(".")));
        if (Files.isDirectory(Path.of("packs"))) {
            try (Stream<Path> folders = Files.list(Path.of("packs"))) {
                folders.filter(p -> Files.isDirectory(p.resolve("knowledge"))).sorted().forEach(packs::add);
            }
        }
        return packs;
    }

    @Test
    void afterANewStatusTheSchemasAreStaleUntilWrittenAgain() throws Exception {
        Path pack = newPack();
        Path model = pack.resolve("knowledge/maturity-model.yaml");
        Files.writeString(model, Files.readString(model).replace("  - name: strong\n",
                "  - name: excellent\n    meaning: \"Better than strong.\"\n  - name: strong\n"));

        CommandRun stale = CommandRun.of("schemas", "--check", "--pack", pack.toString());
        CommandRun written = CommandRun.of("schemas", "--pack", pack.toString());
        CommandRun fresh = CommandRun.of("schemas", "--check", "--pack", pack.toString());

        assertThat(stale.exitCode()).isEqualTo(ExitCode.FINDINGS);
        assertThat(stale.out()).contains(pack.resolve("schemas/elements.schema.json").toString(),
                "./advisor schemas --pack " + pack, "of the pack in " + pack + " do not match its maturity model")
                .doesNotContain(pack.toString().toUpperCase(java.util.Locale.ROOT));
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(pack.resolve("schemas/elements.schema.json"))).contains("\"excellent\"");
        assertThat(fresh.exitCode()).as(fresh.out()).isZero();
        assertThat(fresh.out()).contains("The schemas of the pack in " + pack + " match its model.");
    }

    @Test
    void schemasAreWrittenFromTheModelAloneWhileTheElementsLagBehindIt() throws Exception {
        Path pack = newPack();
        Path model = pack.resolve("knowledge/maturity-model.yaml");
        Files.writeString(model, Files.readString(model).replace("\n# How mature a dimension is today",
                "  - id: funding\n    name: Funding\n    meaning: \"Is it paid for?\"\n\n# How mature a dimension is today"));

        CommandRun report = CommandRun.of("report", "--pack", pack.toString());
        CommandRun written = CommandRun.of("schemas", "--pack", pack.toString());

        assertThat(report.exitCode()).isEqualTo(ExitCode.INVALID_KNOWLEDGE);
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(pack.resolve("schemas/elements.schema.json"))).contains("\"funding\"");
    }

    @Test
    void schemasWritesOnlyIntoThePacksOwnSchemasFolder() throws Exception {
        Path pack = newPack();
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Path schemas = pack.resolve("schemas");
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(schemas);
        Files.createSymbolicLink(schemas, elsewhere);

        CommandRun run = CommandRun.of("schemas", "--pack", pack.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("writes only into a real schemas folder inside the pack");
        try (Stream<Path> inside = Files.list(elsewhere)) {
            assertThat(inside).isEmpty();
        }
    }

    private Path newPack() {
        Path pack = tmp.resolve("pack");
        CommandRun init = CommandRun.of("init", pack.toString());
        assertThat(init.exitCode()).as(init.err()).isZero();
        return pack;
    }
}
