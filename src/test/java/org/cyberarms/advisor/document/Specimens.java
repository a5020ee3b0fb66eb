package org.cyberarms.advisor.document;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Documents that use every kind of block, span and mark, with text an analyst could have typed into a file
 * (markup, quotes, pipes, backticks), for the backends' tests and for {@code .ci/check-html}, which runs the
 * HTML validators on the pages {@link HtmlBackendTest} writes from them.
 */
final class Specimens {

    /** Text that is markup in HTML and Markdown and a formula in a spreadsheet. */
    static final String HOSTILE = "<script>alert(1)</script> & \"quoted\" 'single' | *star* `tick` =SUM(A1)";
    static final String LONG_COMMAND = "./advisor whatif attribution-mechanism great-power-endorsement"
            + " declarations-only-verification coalition-pathway --format markdown --out whatif-all-four.md";
    static final String SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 40\" width=\"200\""
            + " height=\"40\"><rect x=\"0\" y=\"10\" width=\"120\" height=\"20\" fill=\"#3b528b\"></rect>"
            + "<text x=\"125\" y=\"25\">3 elements</text></svg>";

    static final WhatIf WHAT_IF = new WhatIf("attribution-mechanism",
            Optional.of("An attribution body exists"),
            List.of(new WhatIf.Change("E03", "attribution", "Attribution", "status", "none", "partial")));

    private Specimens() {}

    static Block.Cell cell(String text, Block.Shade shade, Mark... marks) {
        return new Block.Cell(Text.of(text), Optional.of(shade), Set.of(marks));
    }

    /** A heatmap-like table: row headers, shades, every mark, a numeric column. */
    static Block.Table heatmap() {
        List<Block.Column> columns = List.of(Block.Column.of("Element"), Block.Column.of("Attribution"),
                Block.Column.of("Verification"), Block.Column.of("Compliance"), new Block.Column("Rounds", true));
        List<Block.Row> rows = List.of(
                new Block.Row(List.of(Block.Cell.of("E03"), cell("partial", new Block.Shade(2, 5), Mark.CHANGED),
                        cell("none — blocks", new Block.Shade(0, 5), Mark.BLOCKING),
                        cell("none / not-needed", new Block.Shade(0, 5), Mark.MUTED), Block.Cell.of("3"))),
                new Block.Row(List.of(Block.Cell.of("E16"), cell("strong", new Block.Shade(4, 5)),
                        cell("weak — blocks", new Block.Shade(1, 5), Mark.BLOCKING, Mark.CHANGED),
                        cell("substantial", new Block.Shade(3, 5)), Block.Cell.of("-1"))));
        return new Block.Table("Status per dimension " + HOSTILE, columns, rows, true);
    }

    /** Every kind of block, nested the ways answers nest them. */
    static Document everything(Optional<WhatIf> whatIf) {
        Text rich = Text.builder().plain("E03 is ").strong("unlikely").plain(" because ")
                .marked("attribution", Mark.BLOCKING).plain(" is ").marked("partial", Mark.CHANGED)
                .plain(" (see ").code("rules/maturity.drl:26").plain(", ")
                .link("the treaty", "https://example.org/treaty?a=1&b=2").plain(", ")
                .link("E03", "#e03").plain(", ").link("a trap", "javascript:alert(3)").plain(") ")
                .plain(HOSTILE).build();
        Block.Section detail = new Block.Section("", Text.of("Conditions of " + HOSTILE),
                List.of(Block.Paragraph.of("Each condition, tried on the facts."), heatmap()));
        Block.Section element = new Block.Section("e03", Text.of("E03 " + HOSTILE), List.of(
                new Block.Paragraph(rich),
                new Block.BulletList(List.of(
                        new Block.Item(Text.of("First " + HOSTILE), List.of(Block.BulletList.of(
                                List.of(Text.of("nested one"), Text.of("nested two"))))),
                        new Block.Item(Text.of("Second"), List.of(new Block.Section("", Text.of("Inside a list"),
                                List.of(Block.Paragraph.of("Deeper."))))))),
                heatmap(),
                new Block.Note(Block.NoteKind.WARNING, List.of(heatmap(), Block.Paragraph.of("After the table."))),
                new Block.Note(Block.NoteKind.INFO, List.of(Block.Paragraph.of("Reconstructed data. " + HOSTILE))),
                new Block.Details("Detail: " + HOSTILE, List.of(detail)),
                new Block.Definitions(List.of(new Block.Definition("IQR " + HOSTILE, Text.of("interquartile range")),
                        new Block.Definition("Wilson interval", Text.of("a 95% interval for a share")))),
                new Block.Figure(SVG, "Elements per level: " + HOSTILE),
                new Block.CommandLine(LONG_COMMAND)));
        Block.Section levels = new Block.Section("", Text.of("Levels"), List.of(element,
                new Block.Section("", Text.of("Another element"), List.of(Block.Paragraph.of("Nothing holds it.")))));
        Block.Section closing = Block.Section.of("Where the data comes from",
                List.of(Block.Paragraph.of("The knowledge files.")));
        return new Document("Feasibility " + HOSTILE, whatIf, List.of(Block.Paragraph.of("Opening."), levels,
                closing), Optional.empty(), Optional.of(heatmap()));
    }
}
