package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cyberarms.advisor.CommandRun;
import org.cyberarms.advisor.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack whose nouns begin with a vowel ("initiative", "area") reads "an initiative" and "an area" wherever an
 * answer puts an article before them: the article is chosen from the pack's word, not written with the sentence.
 */
class PackNounArticlesTest {

    /** "a" straight before one of the pack's nouns, across a line break too. */
    private static final Pattern WRONG_ARTICLE = Pattern.compile("(?i)\\ba\\s+(initiative|area)s?\\b");

    @TempDir
    Path folder;

    @Test
    void aPackWithRelianceSaysAnAreaAndAnInitiativeInEveryAnswerAndItsNounsInTheGlossaryAndSources() {
        Path pack = withVowelNouns(Fixtures.BUNDLED_KNOWLEDGE, Fixtures.BUNDLED_RULES,
                "    element: element\n    elements: elements\n    dimension: dimension\n    dimensions: dimensions\n");

        String report = run(pack, "report").words();

        assertThat(report).contains("An area that holds the initiative down says \"blocks\"",
                "; an area the initiative does not need (", "How far an initiative can go as drafted",
                "How mature an area is today for an initiative.", "How much an initiative needs an area to work.",
                "Blocks (holds it down): An area that a rule named as holding the initiative at its level",
                "Maturity model (levels, areas, scales):", "Initiatives and their scores:");
        for (List<String> command : List.of(List.of("report", "--format", "markdown"),
                List.of("report", "--format", "html"), List.of("report", "--summary"), List.of("explain", "E03"),
                List.of("whatif", "--set", "E03.attribution=partial"), List.of("path", "E03", "--target", "likely"),
                List.of("sensitivity"), List.of("uncertainty", "--samples", "50"))) {
            assertThat(wrongArticles(run(pack, command.toArray(String[]::new)))).as(String.join(" ", command))
                    .isEmpty();
        }
    }

    @Test
    void aPackWithoutRelianceSaysAnAreaInItsHeatmapAndGlossary() {
        Path readingRooms = PackOptionTest.PACK;
        Path pack = withVowelNouns(readingRooms.resolve("knowledge"), readingRooms.resolve("rules"),
                "    element: reading room\n    elements: reading rooms\n    dimension: resource\n"
                        + "    dimensions: resources\n");

        CommandRun report = run(pack, "report");

        assertThat(report.words()).contains("An area that holds the initiative down says \"blocks\"",
                "How far an initiative can go as drafted");
        assertThat(wrongArticles(report)).isEmpty();
        assertThat(wrongArticles(run(pack, "report", "--format", "html"))).isEmpty();
    }

    @Test
    void checkCountsTheCombinationsAndNamesItsFindingsInThePacksNouns() {
        Path unadvised = Path.of("src/test/resources/check/unadvised-dimension");
        Fixtures.copy(unadvised.resolve("knowledge"), folder.resolve("knowledge"));
        Fixtures.copy(unadvised.resolve("rules"), folder.resolve("rules"));
        Fixtures.edit(folder.resolve("knowledge/maturity-model.yaml"), "  element_ids:", "  words:\n    element: initiative\n"
                + "    elements: initiatives\n    dimension: area\n    dimensions: areas\n  element_ids:");

        CommandRun check = CommandRun.of("check", "--pack", folder.toString());

        assertThat(check.exitCode()).as(check.err()).isEqualTo(ExitCode.FINDINGS);
        assertThat(check.words()).contains("3,375 combinations (3 areas × 3 reliances × 5 statuses), each run as one"
                + " initiative", "cannot tell some values of an area apart", "1. An area the rules never advise on"
                + " (unadvised-dimension)", "Technical capacity can hold an initiative back", "(other blocking areas get"
                + " one at unlikely), so such initiatives get only the catch-all text",
                "For example (reliance/status on each area):", "beside the other areas' rules")
                .doesNotContain("each run as one element", "A dimension the rules", "on each dimension");
        assertThat(wrongArticles(check)).isEmpty();
    }

    /** A copy of a pack whose words section, {@code words}, says initiative(s) and area(s) instead. */
    private Path withVowelNouns(Path knowledge, Path rules, String words) {
        Fixtures.copy(knowledge, folder.resolve("knowledge"));
        Fixtures.copy(rules, folder.resolve("rules"));
        Fixtures.edit(folder.resolve("knowledge/maturity-model.yaml"), words,
                "    element: initiative\n    elements: initiatives\n    dimension: area\n    dimensions: areas\n");
        return folder;
    }

    private static CommandRun run(Path pack, String... args) {
        List<String> withPack = new ArrayList<>(List.of(args));
        withPack.addAll(List.of("--pack", pack.toString()));
        CommandRun run = CommandRun.of(withPack.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", withPack) + "\n" + run.err()).isZero();
        return run;
    }

    private static List<String> wrongArticles(CommandRun run) {
        return WRONG_ARTICLE.matcher(run.out()).results().map(m -> m.group()).toList();
    }
}
