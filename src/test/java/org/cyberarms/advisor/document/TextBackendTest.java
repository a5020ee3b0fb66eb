package org.cyberarms.advisor.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Plain text for a terminal: read line by line, as a reader of a pipe or a file would. */
class TextBackendTest {

    private static final List<String> SCENARIOS = List.of("attribution-mechanism", "great-power-endorsement",
            "declarations-only-verification", "coalition-pathway");

    private static String render(Document document) {
        return Backend.of(Format.TEXT).render(document);
    }

    /** A what-if matrix as wide as the walkthrough's: an element name column and one column per scenario. */
    private static Block.Table matrix() {
        List<Block.Column> columns = Stream.concat(Stream.of(Block.Column.of("Element"), Block.Column.of("Assessment")),
                SCENARIOS.stream().map(Block.Column::of)).toList();
        List<Block.Row> rows = List.of(
                Block.Row.of("E02 Prohibition of attacks on protected persons, entities and infrastructure",
                        "likely", "likely", "feasible", "likely", "possible"),
                Block.Row.of("E03 General prohibition of use", "unlikely", "possible", "unlikely", "unlikely", "unlikely"));
        return new Block.Table("Levels under each scenario", columns, rows, true);
    }

    /** {@code piece} is whole hyphen-separated parts of {@code name}, ending at a hyphen or at the name's end. */
    private static boolean brokenAfterAHyphen(String name, String piece) {
        int at = name.indexOf(piece);
        return at >= 0 && (at == 0 || name.charAt(at - 1) == '-')
                && (at + piece.length() == name.length() || piece.endsWith("-"));
    }

    @Test
    void aColumnHeaderBreaksOnlyAfterAHyphenNeverMidWordWhenTheTableMustShrink() {
        String text = render(Document.of("What-if", List.of(matrix())));
        List<String> lines = text.lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("Element")).findFirst().orElseThrow());
        int rule = lines.indexOf(lines.stream().filter(l -> l.startsWith("---")).findFirst().orElseThrow());
        // every piece of a header is a scenario name's hyphen-separated part, the break right after a hyphen
        for (String line : lines.subList(first, rule)) {
            for (String piece : line.strip().split("\\s+")) {
                if (!piece.equals("Element") && !piece.equals("Assessment") && !SCENARIOS.contains(piece)) {
                    assertThat(SCENARIOS.stream().anyMatch(name -> brokenAfterAHyphen(name, piece))).as(piece).isTrue();
                }
            }
        }
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
        // The long name wraps between words instead, to give the headers room.
        assertThat(text.lines().filter(l -> l.contains("attacks on"))).allSatisfy(l -> assertThat(l).doesNotContain("likely"));
    }

    @Test
    void aLongCommandStaysOnOneLineWhateverTheWidth() {
        String text = render(Specimens.everything(Optional.empty()));
        assertThat(Specimens.LONG_COMMAND.length()).isGreaterThan(TextBackend.WIDTH);
        assertThat(text.lines()).anySatisfy(line -> assertThat(line.strip()).isEqualTo(Specimens.LONG_COMMAND));
    }

    @Test
    void everyOtherLineFitsOneHundredColumns() {
        String text = render(Specimens.everything(Optional.of(Specimens.WHAT_IF)));
        assertThat(text.lines().filter(l -> !l.strip().equals(Specimens.LONG_COMMAND)))
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(TextBackend.WIDTH));
    }

    @Test
    void aLongTitleWrapsAndItsUnderlineIsAsLongAsItsLongestLine() {
        String title = "Feasibility of a binding international instrument on cyberweapons, element by element,"
                + " under every scenario of the bundled knowledge";
        List<String> lines = render(Document.of(title, List.of())).lines().toList();
        assertThat(lines.get(0).length()).isLessThanOrEqualTo(TextBackend.WIDTH);
        assertThat(lines.get(0) + " " + lines.get(1)).isEqualTo(title.toUpperCase(java.util.Locale.ROOT));
        assertThat(lines.get(2)).matches("=+").hasSize(lines.get(0).length());
    }

    @Test
    void marksAreMarkersAfterTheValueNeverColourCodes() {
        String text = render(Specimens.everything(Optional.of(Specimens.WHAT_IF)));
        assertThat(text).contains("partial*", "none — blocks!", "weak — blocks*!", "attribution! is partial*")
                .doesNotContain("\u001b[");
        assertThat(text.lines().limit(10)).anySatisfy(l -> assertThat(l).contains("marked * below"));
    }

    @Test
    void aNumericColumnIsRightAligned() {
        String text = render(Document.of("t", List.of(new Block.Table("", List.of(Block.Column.of("Level"),
                new Block.Column("Elements", true)), List.of(Block.Row.of("likely", "12"), Block.Row.of("possible", "3")),
                false))));
        assertThat(text).contains("likely          12", "possible         3");
    }

    @Test
    void aNoteSaysItsKindAndDetailsKeepTheirSummary() {
        String text = render(Specimens.everything(Optional.empty()));
        assertThat(text).contains("Warning:\n", "Note: Reconstructed data.", "Detail: <script>alert(1)</script>");
    }
}
