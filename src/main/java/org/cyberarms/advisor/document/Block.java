package org.cyberarms.advisor.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A piece of a {@link Document}. Sections nest; their depth gives the heading level in every backend, so no
 * answer can skip a heading level.
 */
public sealed interface Block {

    /**
     * A headed part of the answer.
     *
     * @param anchor an id other parts can link to ({@code #e03}); empty for none
     */
    record Section(String anchor, Text heading, List<Block> blocks) implements Block {
        public Section {
            Objects.requireNonNull(anchor);
            Objects.requireNonNull(heading);
            blocks = List.copyOf(blocks);
        }

        public static Section of(String heading, List<Block> blocks) {
            return new Section("", Text.of(heading), blocks);
        }
    }

    /** Prose. */
    record Paragraph(Text text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text);
        }

        public static Paragraph of(String plain) {
            return new Paragraph(Text.of(plain));
        }
    }

    /** An unordered list; an item may hold blocks of its own (a nested list, a note). */
    record BulletList(List<Item> items) implements Block {
        public BulletList {
            items = List.copyOf(items);
        }

        public static BulletList of(List<Text> texts) {
            return new BulletList(texts.stream().map(t -> new Item(t, List.of())).toList());
        }
    }

    record Item(Text text, List<Block> children) {
        public Item {
            Objects.requireNonNull(text);
            children = List.copyOf(children);
        }
    }

    /**
     * A table with a caption. When {@code rowHeaders} is true the first cell of each row names the row
     * (an element, a rule), which HTML marks as a row header.
     */
    record Table(String caption, List<Column> columns, List<Row> rows, boolean rowHeaders) implements Block {
        public Table {
            Objects.requireNonNull(caption);
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            for (Row row : rows) {
                if (row.cells().size() != columns.size()) {
                    throw new IllegalArgumentException("a row of table '" + caption + "' has " + row.cells().size()
                            + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    /** A column heading; numbers are right-aligned. */
    record Column(String heading, boolean numeric) {
        public static Column of(String heading) {
            return new Column(heading, false);
        }
    }

    record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(String... plain) {
            return new Row(java.util.Arrays.stream(plain).map(Cell::of).toList());
        }
    }

    /**
     * One table cell: its text, an optional shade on a scale (a heatmap: HTML colours it by rank, light to
     * dark), and marks that apply to the whole cell (an outline for a blocking value, muted when not needed).
     */
    record Cell(Text text, Optional<Shade> shade, Set<Mark> marks) {
        public Cell {
            Objects.requireNonNull(text);
            Objects.requireNonNull(shade);
            marks = Set.copyOf(marks);
        }

        public static Cell of(String plain) {
            return new Cell(Text.of(plain), Optional.empty(), Set.of());
        }

        public static Cell of(Text text) {
            return new Cell(text, Optional.empty(), Set.of());
        }
    }

    /** A place on an ordered scale of {@code steps} values, 0 the lowest. */
    record Shade(int rank, int steps) {
        public Shade {
            if (steps < 1 || rank < 0 || rank >= steps) {
                throw new IllegalArgumentException("rank " + rank + " is not on a scale of " + steps);
            }
        }
    }

    /** Set apart from the flow: something the reader should notice (a caveat, a warning). */
    record Note(NoteKind kind, List<Block> blocks) implements Block {
        public Note {
            Objects.requireNonNull(kind);
            blocks = List.copyOf(blocks);
        }
    }

    enum NoteKind {
        /** Worth knowing. */
        INFO,
        /** Changes how the answer must be read (the data are a reconstruction; a limit was hit). */
        WARNING
    }

    /**
     * Detail a reader opens on demand: HTML shows a {@code <details>} element (no script); text and Markdown
     * print it as a sub-part under {@code summary}. An answer puts detail here only when it was asked for in
     * those formats (e.g. {@code explain --detail}).
     */
    record Details(String summary, List<Block> blocks) implements Block {
        public Details {
            Objects.requireNonNull(summary);
            blocks = List.copyOf(blocks);
        }
    }

    /** Terms and what they mean (a glossary). */
    record Definitions(List<Definition> definitions) implements Block {
        public Definitions {
            definitions = List.copyOf(definitions);
        }
    }

    record Definition(String term, Text meaning) {
        public Definition {
            Objects.requireNonNull(term);
            Objects.requireNonNull(meaning);
        }
    }

    /**
     * A chart: {@code svg} is an inline SVG image the advisor drew (never text from an input file unescaped),
     * shown only in HTML; {@code description} says in words what it shows: the figure's caption and its name
     * for screen readers. Other
     * formats leave figures out, so a figure never carries anything a table or paragraph does not also say.
     */
    record Figure(String svg, String description) implements Block {

        /** What a drawing of the advisor never holds: script, event handlers, embedded documents or HTML. */
        private static final java.util.regex.Pattern ACTIVE_CONTENT = java.util.regex.Pattern.compile(
                "(?i)<\\s*(script|foreignObject|iframe|object|embed)|\\son[a-z]+\\s*=|javascript:");

        public Figure {
            Objects.requireNonNull(svg);
            Objects.requireNonNull(description);
            if (!svg.strip().startsWith("<svg") || ACTIVE_CONTENT.matcher(svg).find()) {
                throw new IllegalArgumentException("a figure is an <svg> drawing without script, event handlers"
                        + " or embedded content");
            }
            if (description.isBlank()) {
                throw new IllegalArgumentException("a figure needs a description: it is the figure's name for"
                        + " screen readers and its caption");
            }
        }
    }

    /**
     * A command the reader can paste into a terminal, as README runs it ({@code ./advisor ...}). Never
     * wrapped, in any format.
     */
    record CommandLine(String command) implements Block {
        public CommandLine {
            Objects.requireNonNull(command);
            if (command.contains("\n")) {
                throw new IllegalArgumentException("a command to paste is one line");
            }
        }
    }
}
