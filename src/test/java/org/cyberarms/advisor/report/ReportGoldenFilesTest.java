package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of the bundled knowledge/ and rules/, in every format, and the HTML pages of a what-if comparison
 * of the bundled scenarios and of an explanation, must match their golden files exactly.
 *
 * <p>After an intended change (to the rules, the knowledge files or a renderer), regenerate the golden files
 * and review the diff like any other change:
 * <pre>
 *   mvn -B -o -q test -Dtest=ReportGoldenFilesTest -Dgolden.update=true
 *   git diff src/test/resources/golden/
 * </pre>
 * See docs/golden-files.md.
 */
class ReportGoldenFilesTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static FeasibilityReport report;

    @BeforeAll
    static void runTheBundledRules() throws Exception {
        report = ReportFixtures.bundledReport();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void reportOfTheBundledKnowledgeMatchesItsGoldenFile(Format format) throws Exception {
        assertMatchesGoldenFile(render(format, report), "report." + format.extensions().get(0));
    }

    /** What {@code advisor report --format FORMAT} prints for the report. */
    static String render(Format format, FeasibilityReport report) {
        return Backend.of(format).render(ReportDocument.of(report));
    }

    @Test
    void explanationPageOfE03WithARuleCheckedMatchesItsGoldenFile() throws Exception {
        assertMatchesGoldenFile(ReportFixtures.explanationPage(ReportFixtures.BUNDLED_KNOWLEDGE, "E03",
                Optional.of(EXPLAINED_RULE)), "explain-E03.html");
    }

    /** {@code advisor whatif} with these, in this order, gives {@code whatif.html} (see WhatIfGoldenFilesTest). */
    static final String[] WHATIF_SCENARIOS = {"attribution-mechanism", "great-power-endorsement",
        "declarations-only-verification", "coalition-pathway"};

    /** {@code advisor explain E03 --rule} this gives {@code explain-E03.html}. */
    static final String EXPLAINED_RULE = "Critical dimension substantial or strong: no limit";

    static void assertMatchesGoldenFile(String rendered, String name) throws Exception {
        Path golden = GOLDEN.resolve(name);

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }

        assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
        assertThat(rendered)
                .as("%s differs from %s; if the change is intended, rerun with -Dgolden.update=true"
                        + " and review the diff", name, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void sameInputsAndStampGiveTheSameReport(Format format) throws Exception {
        String again = render(format, ReportFixtures.bundledReport());

        assertThat(again).isEqualTo(render(format, report));
    }
}
