package org.cyberarms.advisor.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;

/** The CSV of a document's sheet, parsed back by a CSV parser as a spreadsheet would read it. */
class CsvBackendTest {

    private static final String MULTILINE = "line one\nline two, with a comma";

    private static Document sheet(Block.Table table) {
        return Document.of("Sheet", List.of()).withSheet(table);
    }

    private static Block.Table table() {
        return new Block.Table("", List.of(Block.Column.of("id"), Block.Column.of("name, in full"),
                Block.Column.of("note"), new Block.Column("change", true)), List.of(
                Block.Row.of("E03", "General prohibition of use", Specimens.HOSTILE, "-1"),
                Block.Row.of("E04", "Verification \"on site\"", MULTILINE, "+2"),
                Block.Row.of("E05", "Accented: Übereinkommen — né", "@SUM(A1)", "=1+1"),
                Block.Row.of("E06", "", "-2 levels", "")), false);
    }

    /** The rows as a parser reads them: the byte order mark dropped, as spreadsheets do. */
    private static List<List<String>> parse(String csv) throws Exception {
        assertThat(csv).startsWith(CsvBackend.BYTE_ORDER_MARK);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class)
                .readValues(csv.substring(CsvBackend.BYTE_ORDER_MARK.length()))) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void everyCellComesBackAsWrittenWithCommasQuotesAndLineBreaks() throws Exception {
        List<List<String>> rows = parse(Backend.of(Format.CSV).render(sheet(table())));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).containsExactly("id", "name, in full", "note", "change");
        assertThat(rows.get(2)).containsExactly("E04", "Verification \"on site\"", MULTILINE, "+2");
        assertThat(rows.get(3).get(1)).isEqualTo("Accented: Übereinkommen — né");
        assertThat(rows.get(4)).containsExactly("E06", "", "'-2 levels", "");
    }

    @Test
    void everyRecordEndsWithCrLfAndTheFileStartsWithAUtf8ByteOrderMark() {
        String csv = Backend.of(Format.CSV).render(sheet(table()));
        assertThat(csv).startsWith("\uFEFFid,").endsWith("\r\n");
        assertThat(csv.replace("\r\n", "")).as("no bare line end between records").doesNotContain("\r")
                .contains("line one\nline two");
        assertThat(csv.split("\r\n")).hasSize(5);
    }

    @Test
    void aCellAFormulaWouldStartWithIsKeptAsTextButANumberStaysANumber() throws Exception {
        List<List<String>> rows = parse(Backend.of(Format.CSV).render(sheet(table())));
        assertThat(rows.get(1).get(2)).as("a formula inside the text does not run").isEqualTo(Specimens.HOSTILE);
        assertThat(rows.get(3).get(2)).isEqualTo("'@SUM(A1)");
        assertThat(rows.get(3).get(3)).as("not a number, in a numeric column").isEqualTo("'=1+1");
        assertThat(rows.get(1).get(3)).as("a number in a numeric column").isEqualTo("-1");
        assertThat(rows.get(2).get(3)).isEqualTo("+2");
        for (String formula : List.of("=HYPERLINK(\"http://x\")", "+1", "-1", "@A1", "\t=1", "\r=1")) {
            assertThat(CsvBackend.field(formula)).as(formula).matches("(?s)\"?'.*");
        }
    }

    @Test
    void aDocumentThatIsNotATableIsRefused() {
        assertThat(Backend.of(Format.CSV).render(Specimens.everything(Optional.empty()))).startsWith("\uFEFFElement,");
        assertThatThrownBy(() -> Backend.of(Format.CSV).render(Document.of("Explanation", List.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a table");
    }
}
