package org.cyberarms.advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.cyberarms.advisor.CommandRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pack written from README.md's "Write your own knowledge pack" alone (src/test/resources/packs/reading-rooms:
 * free ids such as alpha-1, one round, its own title and nouns, no reliance scale, three levels, three
 * dimensions) runs through every command with no Java change, and no answer speaks of the bundled pack.
 */
class OwnPackEndToEndTest {

    private static final String PACK = PackOptionTest.PACK.toString();
    private static final String TITLE = "Readiness of the town's reading rooms";

    /** What only the bundled cyberweapons pack would print. */
    private static final Pattern BUNDLED = Pattern.compile(
            "(?i:cyberweapon|instrument|treaty|attribution|verification)|\\bE[0-9]{2}\\b");

    /** A pack without a reliance scale: no answer for people mentions reliance (JSON keeps its fixed keys). */
    private static final Pattern RELIANCE = Pattern.compile("(?i)reliance");

    @ParameterizedTest
    @ValueSource(strings = {"text", "markdown", "html", "json"})
    void theReportInEveryFormatCarriesThePacksTitleAndNouns(String format) {
        CommandRun run = run("report", "--format", format);

        String title = format.equals("html") ? TITLE.replace("'", "&#39;")
                : format.equals("text") ? TITLE.toUpperCase(java.util.Locale.ROOT) : TITLE;
        assertThat(run.out()).contains(title, "alpha-1");
        if (!format.equals("json")) {
            assertThat(run.out()).contains("Reading rooms per level");
        }
    }

    @Test
    void theHtmlPageIsTitledByThePack() {
        assertThat(run("report", "--format", "html").out()).contains("<title>" + TITLE.replace("'", "&#39;"));
    }

    @Test
    void theSpreadsheetHasOneStatusColumnPerDimensionAndNoReliance() {
        assertThat(run("report", "--format", "csv").out().lines().findFirst().orElseThrow())
                .contains("id,name,Staff status,Funding status,Space status,level,blockers,next-level change");
    }

    @Test
    void theSummaryPageIsTitledByThePack() {
        assertThat(run("report", "--summary").out()).startsWith("AT A GLANCE: " + TITLE.toUpperCase(java.util.Locale.ROOT))
                .contains("3 reading rooms: ");
    }

    @Test
    void whatIfPathSensitivityUncertaintyExplainAndTestAllRunOnThePack() {
        List<List<String>> commands = List.of(
                List.of("whatif", "new-staff"),
                List.of("whatif", "--set", "beta-1.staff=some"),
                List.of("path", "beta-1", "--target", "ready"),
                List.of("sensitivity"),
                List.of("uncertainty", "--samples", "200"),
                List.of("explain", "BETA-1"));
        for (List<String> command : commands) {
            CommandRun run = run(command.toArray(String[]::new));
            assertThat(run.out()).as(String.join(" ", command)).contains("beta-1");
        }
        assertThat(run("test").out()).contains("All 2 cases passed", PACK + "/rules/tests/");
    }

    @Test
    void theExplanationSaysOneRoundAndNoRelianceInThePacksWords() {
        String out = run("explain", "beta-1").out();

        assertThat(out).contains("beta-1 is early because Staff has status none; to reach developing, Staff must be"
                + " at least some.", "One resource holds it at early", "./advisor report --pack " + PACK
                + " --set beta-1.staff=some");
        assertThat(out).doesNotContain("round 1", "reliance");
    }

    @Test
    void checkPassesOnThePack() {
        run("check");
    }

    /** Runs the command on the pack, expecting exit 0 and no word of the bundled pack. */
    private static CommandRun run(String... args) {
        List<String> withPack = new ArrayList<>(List.of(args));
        withPack.addAll(List.of("--pack", PACK));
        CommandRun run = CommandRun.of(withPack.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", withPack) + "\n" + run.err()).isZero();
        assertThat(run.err()).as(String.join(" ", withPack)).isEmpty();
        assertThat(BUNDLED.matcher(run.out()).results().map(m -> m.group()).toList())
                .as("words of the bundled pack in: advisor " + String.join(" ", withPack)).isEmpty();
        if (!withPack.contains("json")) {
            assertThat(RELIANCE.matcher(run.out()).find()).as("reliance in: advisor " + String.join(" ", withPack))
                    .isFalse();
        }
        return run;
    }
}
