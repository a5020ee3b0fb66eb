package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The report of the bundled knowledge/ and rules/, in every format, must match its golden file exactly.
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
    @EnumSource(ReportFormat.class)
    void reportOfTheBundledKnowledgeMatchesItsGoldenFile(ReportFormat format) throws Exception {
        String rendered = ReportRenderer.of(format).render(report);
        Path golden = GOLDEN.resolve("report." + extension(format));

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, rendered, StandardCharsets.UTF_8);
        }

        assertThat(golden).as("golden file %s (create it with -Dgolden.update=true)", golden).exists();
        assertThat(rendered)
                .as("%s report differs from %s; if the change is intended, rerun with -Dgolden.update=true"
                        + " and review the diff", format, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void sameInputsAndStampGiveTheSameReport(ReportFormat format) throws Exception {
        String again = ReportRenderer.of(format).render(ReportFixtures.bundledReport());

        assertThat(again).isEqualTo(ReportRenderer.of(format).render(report));
    }

    private static String extension(ReportFormat format) {
        return switch (format) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
            case HTML -> "html";
        };
    }
}
