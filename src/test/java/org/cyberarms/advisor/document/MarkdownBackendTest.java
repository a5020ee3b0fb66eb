package org.cyberarms.advisor.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The Markdown of a document read back by a CommonMark parser with GitHub's pipe tables, as a repository or
 * wiki shows it.
 */
class MarkdownBackendTest {

    private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());

    private static String markdown(Document document) {
        return Backend.of(Format.MARKDOWN).render(document);
    }

    /** What a reader sees: the Markdown rendered to HTML by CommonMark, then parsed. */
    private static org.jsoup.nodes.Document shown(String markdown) {
        String html = HtmlRenderer.builder().extensions(TABLES).build()
                .render(Parser.builder().extensions(TABLES).build().parse(markdown));
        return Jsoup.parseBodyFragment(html);
    }

    @Test
    void headingLevelsNeverSkipEvenInsideDetailsNotesAndLists() {
        org.jsoup.nodes.Document page = shown(markdown(Specimens.everything(Optional.empty())));
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream().map(h -> h.tagName().charAt(1) - '0').toList();
        assertThat(levels.get(0)).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d of %s", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(page.select("h4").eachText()).contains("Conditions of " + Specimens.HOSTILE);
    }

    @Test
    void aPipeInACodeSpanOfATableCellStaysInItsCell() {
        Block.Table table = new Block.Table("Rules", List.of(Block.Column.of("Rule"), Block.Column.of("Condition")),
                List.of(new Block.Row(List.of(Block.Cell.of("Ceiling"), Block.Cell.of(Text.builder()
                        .code("status == \"none\" || status == \"weak\"").build())))), false);
        org.jsoup.nodes.Document page = shown(markdown(Document.of("t", List.of(table))));
        Element row = page.selectFirst("tbody tr");
        assertThat(row.children()).hasSize(2);
        assertThat(row.child(1).selectFirst("code").text()).isEqualTo("status == \"none\" || status == \"weak\"");
    }

    @Test
    void textFromInputFilesReadsAsTheLiteralWordsEverywhere() {
        org.jsoup.nodes.Document page = shown(markdown(Specimens.everything(Optional.of(Specimens.WHAT_IF))));
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Feasibility " + Specimens.HOSTILE);
        assertThat(page.select("h3").eachText()).contains("E03 " + Specimens.HOSTILE);
        assertThat(page.select("table").first().select("tbody tr")).hasSize(2)
                .allSatisfy(tr -> assertThat(tr.children()).hasSize(5));
        assertThat(page.select("li").eachText()).anySatisfy(t -> assertThat(t).startsWith("First " + Specimens.HOSTILE));
    }

    @Test
    void aNoteOpeningWithATableKeepsTheTableAndSaysItsKind() {
        Document document = Document.of("t", List.of(new Block.Note(Block.NoteKind.WARNING,
                List.of(Specimens.heatmap(), Block.Paragraph.of("After the table.")))));
        org.jsoup.nodes.Document page = shown(markdown(document));
        Element quote = page.selectFirst("blockquote");
        assertThat(quote.child(0).text()).isEqualTo("Warning");
        assertThat(quote.select("table tbody tr")).hasSize(2);
        assertThat(quote.select("table thead th")).hasSize(5);
    }

    @Test
    void aCommandIsAFencedBlockOnOneLineEvenWithBackticksInIt() {
        String command = "./advisor report --set 'E03.attribution=```partial'";
        org.jsoup.nodes.Document page = shown(markdown(Document.of("t", List.of(new Block.CommandLine(command),
                new Block.CommandLine(Specimens.LONG_COMMAND)))));
        assertThat(page.select("pre code").eachText()).containsExactly(command, Specimens.LONG_COMMAND);
    }

    @Test
    void marksAreMarkersTheReaderSees() {
        org.jsoup.nodes.Document page = shown(markdown(Specimens.everything(Optional.of(Specimens.WHAT_IF))));
        Element row = page.selectFirst("table tbody tr");
        assertThat(row.child(1).text()).isEqualTo("partial*");
        assertThat(row.child(2).text()).isEqualTo("none — blocks!");
        assertThat(row.child(2).select("strong")).hasSize(1);
        assertThat(page.selectFirst("blockquote").text()).startsWith(WhatIf.HEADLINE).contains("marked * below");
    }

    @Test
    void strongWordsWithSpacesAtTheirEndsAreStillStrong() {
        Text text = Text.builder().plain("E03 is").strong(" unlikely ").plain("today").build();
        org.jsoup.nodes.Document page = shown(markdown(Document.of("t", List.of(new Block.Paragraph(text)))));
        assertThat(page.selectFirst("strong").text()).isEqualTo("unlikely");
        assertThat(page.selectFirst("p").text()).isEqualTo("E03 is unlikely today");
    }
}
