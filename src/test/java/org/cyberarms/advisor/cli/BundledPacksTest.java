package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both bundled knowledge packs answer every command, through the real command line: the cyberweapons pack
 * (the repository root, {@code --pack .}) and the national cyber-capacity pack ({@code packs/cyber-capacity}),
 * which differs in every way the pack format allows (free factor ids, five dimensions, five stages, two
 * rounds, no reliance). Each command exits 0, shows that pack's own title or ids, and every JSON answer
 * satisfies its published schema (docs/*.schema.json), so no schema is tied to one pack's shape.
 */
class BundledPacksTest {

    /** What each pack's answers must show, and a real element and scenario of it to ask about. */
    record Pack(String dir, String title, String element, String scenario, String target, String level) {
        @Override
        public String toString() {
            return dir;
        }
    }

    static final Pack CYBERWEAPONS = new Pack(".", "Feasibility of a binding international instrument on cyberweapons",
            "E03", "attribution-mechanism", "likely", "unlikely");
    static final Pack CYBER_CAPACITY = new Pack("packs/cyber-capacity", "Cybersecurity capacity of a nation (illustrative)",
            "responsible-disclosure", "disclosure-policy", "established", "start-up");

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A command of a pack, what its answer must contain, and the schema its JSON answer follows (or none). */
    record Asked(Pack pack, List<String> args, String shows, String schema) {
        @Override
        public String toString() {
            return String.join(" ", args);
        }
    }

    static Stream<Asked> everyCommandOfEveryPack() {
        List<Asked> asked = new ArrayList<>();
        for (Pack pack : List.of(CYBERWEAPONS, CYBER_CAPACITY)) {
            for (String format : List.of("text", "markdown", "html")) {
                asked.add(ask(pack, pack.title(), "", "report", "--format", format));
            }
            asked.add(ask(pack, pack.title(), "report", "report", "--format", "json"));
            asked.add(ask(pack, pack.element(), "", "report", "--format", "csv"));
            asked.add(ask(pack, pack.title(), "", "report", "--summary"));
            asked.add(ask(pack, pack.title(), "", "report", "--summary", "--format", "html"));
            asked.add(ask(pack, pack.element(), "", "whatif", pack.scenario()));
            asked.add(ask(pack, pack.element(), "whatif", "whatif", pack.scenario(), "--format", "json"));
            asked.add(ask(pack, pack.element(), "", "path", pack.element(), "--target", pack.target()));
            asked.add(ask(pack, pack.element(), "path", "path", "--target", pack.target(), "--format", "json"));
            asked.add(ask(pack, pack.element(), "", "sensitivity"));
            asked.add(ask(pack, pack.element(), "sensitivity", "sensitivity", "--format", "json"));
            // Its table wraps long ids across columns: the level the element is at is shown whole.
            asked.add(ask(pack, pack.level(), "", "uncertainty", "--samples", "20"));
            asked.add(ask(pack, pack.element(), "uncertainty", "uncertainty", "--samples", "20", "--format", "json"));
            asked.add(ask(pack, pack.element() + " is " + pack.level(), "", "explain", pack.element()));
            asked.add(ask(pack, pack.element(), "explain", "explain", pack.element(), "--format", "json"));
            asked.add(ask(pack, "No findings", "", "check"));
            asked.add(ask(pack, "\"passed\": true", "check", "check", "--format", "json"));
            asked.add(ask(pack, "cases passed", "", "test"));
            asked.add(ask(pack, "\"failed\": 0", "test", "test", "--format", "json"));
        }
        return asked.stream();
    }

    private static Asked ask(Pack pack, String shows, String schema, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--pack");
        args.add(pack.dir());
        return new Asked(pack, args, shows, schema);
    }

    @ParameterizedTest(name = "advisor {0}")
    @MethodSource("everyCommandOfEveryPack")
    void everyCommandAnswersForEachBundledPack(Asked asked) throws Exception {
        CommandRun run = CommandRun.of(asked.args().toArray(String[]::new));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        // Text answers print the title in capitals, and wrap long ids after a hyphen.
        assertThat(run.words().replaceAll("-\\s+", "-")).containsIgnoringCase(asked.shows());
        assertThat(run.out() + run.err()).doesNotContain("Assessment[", "org.cyberarms", "Exception");
        if (!asked.schema().isEmpty()) {
            JsonNode answer = JSON.readTree(run.out());
            assertThat(schema(asked.schema()).validate(answer)).as(asked.schema() + " schema").isEmpty();
        }
    }

    static Stream<Arguments> eachPackWithItsWords() {
        return Stream.of(
                Arguments.of(CYBERWEAPONS, "{\"element\": \"element\", \"elements\": \"elements\", \"dimension\": \"dimension\","
                        + " \"dimensions\": \"dimensions\", \"elementWithArticle\": \"an element\","
                        + " \"dimensionWithArticle\": \"a dimension\"}"),
                Arguments.of(CYBER_CAPACITY, "{\"element\": \"factor\", \"elements\": \"factors\", \"dimension\": \"dimension\","
                        + " \"dimensions\": \"dimensions\", \"elementWithArticle\": \"a factor\","
                        + " \"dimensionWithArticle\": \"a dimension\"}"));
    }

    /**
     * The report JSON (which the workbench page reads from {@code /api/report}) carries the pack's own nouns, with
     * their articles, so that the page can speak in them; the published schema requires them.
     */
    @ParameterizedTest(name = "advisor report --format json --pack {0}")
    @MethodSource("eachPackWithItsWords")
    void theReportJsonCarriesThePacksOwnNounsAsTheSchemaDocumentsThem(Pack pack, String words) throws Exception {
        CommandRun run = CommandRun.of("report", "--format", "json", "--pack", pack.dir());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = JSON.readTree(run.out());
        assertThat(answer.get("words")).isEqualTo(JSON.readTree(words));
        assertThat(schema("report").getSchemaNode().path("required").toString()).as("the schema requires them")
                .contains("\"words\"");
        assertThat(schema("report").validate(answer)).isEmpty();
    }

    /** The other pack's words never leak in: the cyber-capacity report names no cyberweapons element or level. */
    @Test
    void theCyberCapacityReportSaysNothingOfCyberweapons() {
        CommandRun run = CommandRun.of("report", "--pack", CYBER_CAPACITY.dir());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("responsible-disclosure", "Cybersecurity culture and society", "formative")
                .doesNotContain("E03", "cyberweapon", "Attribution", "feasible");
    }

    /** Made-up values are said to be made up at the top of the report and of its one-page summary. */
    @ParameterizedTest(name = "advisor {0} --pack packs/cyber-capacity")
    @ValueSource(strings = {"report", "report --summary"})
    void theCyberCapacityReportWarnsAtTheTopThatItsStatusesAreIllustrative(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--pack", CYBER_CAPACITY.dir()));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        String opening = run.out().substring(0, Math.min(run.out().length(), 1500));
        assertThat(opening.replaceAll("\\s+", " ")).contains("The statuses", "are illustrative: made up to show the method");
    }

    /** A pack without a reliance scale: no answer about it speaks of reliance, not even an empty column of it. */
    @ParameterizedTest(name = "advisor {0} --pack packs/cyber-capacity")
    @ValueSource(strings = {"report", "report --summary", "explain responsible-disclosure",
        "explain responsible-disclosure --detail", "whatif awareness-campaign skills-programme", "sensitivity",
        "path --target established", "uncertainty --samples 20"})
    void noAnswerOfAPackWithoutRelianceSpeaksOfReliance(String command) {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--pack", CYBER_CAPACITY.dir()));
        CommandRun run = CommandRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContainIgnoringCase("reliance");
    }

    private static JsonSchema schema(String name) {
        return SCHEMAS.getSchema(SchemaLocation.of(
                Path.of("docs/" + name + ".schema.json").toAbsolutePath().toUri().toString()));
    }
}
