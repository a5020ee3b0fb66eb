package org.cyberarms.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import org.cyberarms.advisor.document.Backend;
import org.cyberarms.advisor.document.Format;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code advisor report --format csv}: one row per element, read back as a spreadsheet would read it. */
class ReportCsvTest {

    private static FeasibilityReport report;
    private static String csv;

    @BeforeAll
    static void renderTheBundledReport() throws Exception {
        report = ReportFixtures.bundledReport();
        csv = ReportGoldenFilesTest.render(Format.CSV, report);
    }

    @Test
    void oneRowPerElementWithEachDimensionsStatusAndRelianceTheLevelTheBlockersAndTheNextLevelChange()
            throws Exception {
        List<List<String>> rows = parse(csv);

        assertThat(rows.get(0)).containsExactly("id", "name",
                "Political endorsement status", "Political endorsement reliance",
                "Attribution status", "Attribution reliance",
                "Compliance status", "Compliance reliance",
                "Verification status", "Verification reliance",
                "level", "blockers", "next-level change");
        assertThat(rows).hasSize(1 + report.elements().size());
        assertThat(rows.get(3)).containsExactly("E03", "General prohibition of use", "weak", "critical", "none",
                "critical", "weak", "helpful", "none", "critical", "unlikely", "Attribution; Verification",
                "possible: Attribution none -> weak; Verification none -> weak");
        assertThat(rows.get(2).get(1)).as("a name with commas stays one field")
                .isEqualTo("Prohibition of attacks on protected persons, entities and infrastructure");
    }

    @Test
    void itIsUtf8WithAByteOrderMarkAndCrlfLineEndsAsSpreadsheetsExpect() {
        assertThat(csv).startsWith("\uFEFFid,name,");
        assertThat(csv.split("\r\n", -1)).hasSize(report.elements().size() + 2);
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void theNextLevelChangeColumnIsFilledThroughItsSeam() throws Exception {
        String withChanges = Backend.of(Format.CSV).render(ReportDocument.of(report, ReportDocument.Options
                .assessment().withNextLevelChange(e -> e.id().equals("E03") ? "Attribution none -> weak" : "")));

        List<List<String>> rows = parse(withChanges);
        assertThat(rows.get(3).get(12)).isEqualTo("Attribution none -> weak");
        assertThat(rows.get(4).get(12)).isEmpty();
    }

    private static List<List<String>> parse(String text) throws Exception {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .readValues(text.substring(1))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
