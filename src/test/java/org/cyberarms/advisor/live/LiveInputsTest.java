package org.cyberarms.advisor.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cyberarms.advisor.engine.RunLimits;
import org.cyberarms.advisor.model.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The knowledge and rules folders kept read while an analyst edits them: a good save becomes the next version
 * with what it changed in words, a broken one keeps the last good version and says where it is broken, and a
 * fix recovers. Real files in a temporary copy of the bundled pack, saved as editors save, and real Drools.
 */
class LiveInputsTest {

    /** Generous: the rules are rebuilt on a machine shared with other builds. */
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;

    private EditedPack pack;
    private LiveInputs live;
    private final BlockingQueue<LiveStatus> heard = new LinkedBlockingQueue<>();

    @BeforeEach
    void watchACopyOfTheBundledPack() throws IOException {
        pack = EditedPack.copyInto(tmp);
        live = LiveInputs.watch(pack.knowledge(), pack.rules(), RunLimits.DEFAULT);
        live.listen(heard::add);
    }

    @AfterEach
    void stopWatching() {
        live.close();
    }

    @Test
    void theFirstReadIsVersionOneWithNoProblems() {
        assertThat(live.status().version()).isEqualTo(1);
        assertThat(live.status().problems()).isEmpty();
        assertThat(live.status().change().summary()).as("nothing has changed yet").isEmpty();
        assertThat(live.current()).hasValueSatisfying(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.outcome().levelOf("E16")).hasValueSatisfying(l -> assertThat(l.fact().level()).isEqualTo("likely"));
        });
    }

    @Test
    void aSavedKnowledgeEditBecomesTheNextVersionAndSaysWhatChangedInPlainWords() throws Exception {
        pack.raiseE16Attribution();

        LiveStatus status = next();

        assertThat(status.version()).isEqualTo(2);
        assertThat(status.problems()).isEmpty();
        assertThat(status.change().summary()).isEqualTo("1 element changes level: E16 likely → feasible.");
        assertThat(status.change().lines())
                .contains("E16 Confidence-building measures and information exchange: likely → feasible, because"
                        + " Attribution changed weak → partial.")
                .contains("knowledge/elements.yaml: changed");
        assertThat(live.current()).hasValueSatisfying(v -> {
            assertThat(v.number()).isEqualTo(2);
            assertThat(v.outcome().levelOf("E16")).hasValueSatisfying(l -> assertThat(l.fact().level()).isEqualTo("feasible"));
        });
    }

    @Test
    void aBrokenRuleFileKeepsTheLastGoodVersionNamesFileAndLineAndAFixRecovers() throws Exception {
        String good = EditedPack.read(pack.constraints());
        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");

        LiveStatus broken = next();

        assertThat(broken.version()).isEqualTo(2);
        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.describe()).startsWith(pack.constraints() + ":72:5: syntax error: unexpected `$l`");
            assertThat(p.message()).contains("line 71 opens a '(' that it does not close");
        });
        assertThat(broken.change().summary()).contains("still showing version 1");
        assertThat(live.current()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));

        EditedPack.saveByRename(pack.constraints(), good);
        LiveStatus fixed = next();

        assertThat(fixed.version()).isEqualTo(3);
        assertThat(fixed.problems()).isEmpty();
        assertThat(fixed.change().summary()).startsWith("Nothing");
        assertThat(live.current()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(3));
    }

    @Test
    void aBrokenKnowledgeFileIsNamedAtItsLineAndColumn() throws Exception {
        EditedPack.replaceAfter(pack.elements(), "id: E16", EditedPack.E16_ATTRIBUTION,
                EditedPack.E16_ATTRIBUTION.replace("[weak, weak, weak]", "[weak, weak, weka]"));

        LiveStatus broken = next();

        assertThat(broken.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(pack.elements().toString());
            assertThat(p.line()).isEqualTo(lineOf(pack.elements(), "weka"));
            assertThat(p.column()).isEqualTo(EditedPack.read(pack.elements()).lines()
                    .filter(l -> l.contains("weka")).findFirst().orElseThrow().indexOf("weka") + 1);
            assertThat(p.message()).contains("Did you mean `weak`?");
        });
        assertThat(live.current()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
    }

    @Test
    void savesInQuickSuccessionCostOneReload() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(pack.elements(), EditedPack.read(pack.elements()) + "\n# note " + i + "\n");
        }

        LiveStatus status = next();

        assertThat(status.version()).isEqualTo(2);
        assertThat(status.change().lines()).containsExactly("knowledge/elements.yaml: changed");
        assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("a second reload").isNull();
    }

    @Test
    void aDeletedFileIsAProblemAndItsReturnRecovers() throws Exception {
        String elements = EditedPack.read(pack.elements());
        Files.delete(pack.elements());

        assertThat(next().problems()).singleElement().satisfies(p -> assertThat(p.file()).endsWith("elements.yaml"));

        Files.writeString(pack.elements(), elements);
        LiveStatus back = next();
        assertThat(back.problems()).isEmpty();
        assertThat(live.current()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(back.version()));
    }

    @Test
    void aBrokenScenarioIsShownButDoesNotHoldBackAGoodKnowledgeEdit() throws Exception {
        Path scenario = pack.knowledge().resolve("scenarios/attribution-mechanism.yaml");
        EditedPack.replace(scenario, "status: substantial", "status: substantail");
        pack.raiseE16Attribution();

        LiveStatus status = next();

        assertThat(status.problems()).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo(scenario.toString()));
        assertThat(status.change().lines()).contains("knowledge/scenarios/attribution-mechanism.yaml: changed");
        assertThat(live.current()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(status.version()));
    }

    @Test
    void aScenarioWrittenIntoTheFolderShowsAsAnAddedFile() throws Exception {
        Files.copy(pack.knowledge().resolve("scenarios/attribution-mechanism.yaml"),
                pack.knowledge().resolve("scenarios/copy-of-it.yaml"));

        assertThat(next().change().lines()).containsExactly("knowledge/scenarios/copy-of-it.yaml: added");
    }

    @Test
    void theFoldersAreOnlyRead() throws Exception {
        Map<String, String> before = hashes();
        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");
        next();
        pack.raiseE16Attribution();
        next();
        Map<String, String> expected = new TreeMap<>(before);
        expected.put("knowledge/elements.yaml", Sha256.of(pack.elements()));
        expected.put("rules/constraints.drl", Sha256.of(pack.constraints()));

        assertThat(hashes()).isEqualTo(expected);
    }

    @Test
    void aRulesFolderReplacedByACopyIsWatchedAnew() throws Exception {
        Path away = tmp.resolve("rules-away");
        Files.move(pack.rules(), away);
        org.cyberarms.advisor.Fixtures.copy(away, pack.rules());

        EditedPack.replace(pack.constraints(), "status in (\"none\", \"weak\") )", "status in (\"none\", \"weak\" )");

        long deadline = System.nanoTime() + WAIT.toNanos();
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            LiveStatus status = heard.poll(100, TimeUnit.MILLISECONDS);
            seen = status != null && status.problems().stream()
                    .anyMatch(p -> p.describe().startsWith(pack.constraints() + ":72:5"));
        }
        assertThat(seen).as("the edit in the new rules folder is seen").isTrue();
    }

    @Test
    void afterCloseNoSaveIsHeard() throws Exception {
        live.close();
        pack.raiseE16Attribution();

        assertThat(heard.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(live.status().version()).isEqualTo(1);
    }

    private LiveStatus next() throws InterruptedException {
        LiveStatus status = heard.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(status).as("a reload within " + WAIT).isNotNull();
        return status;
    }

    private Map<String, String> hashes() throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(tmp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                hashes.put(tmp.relativize(file).toString(), Sha256.of(file));
            }
        }
        return hashes;
    }

    private static int lineOf(Path file, String text) {
        return org.cyberarms.advisor.Fixtures.lineOf(file, text);
    }
}
