package org.cyberarms.advisor.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain text for a terminal: wrapped at {@value #WIDTH} columns, no colour codes, so that pipes and files
 * stay clean. Marks are shown by a marker after the value ({@code partial*}) that the document's opening
 * explains; commands are never wrapped, so that a reader can paste them.
 */
final class TextBackend implements Backend {

    static final int WIDTH = 100;

    @Override
    public String render(Document document) {
        return new Page().write(document);
    }

    /** One rendering in progress: the backend keeps no state between calls. */
    private static final class Page {

        private final StringBuilder out = new StringBuilder();

        String write(Document document) {
            document.whatIf().ifPresent(this::banner);
            List<String> title = WrappedText.wrap(document.title().toUpperCase(Locale.ROOT), WIDTH, "", "");
            title.forEach(this::line);
            line("=".repeat(title.stream().mapToInt(String::length).max().orElse(0)));
            blocks(document.blocks(), 1, "");
            return out.toString().stripTrailing() + "\n";
        }

        private void banner(WhatIf whatIf) {
            line(WhatIf.HEADLINE);
            wrap("Scenario: " + whatIf.name() + whatIf.description().map(d -> " — " + d).orElse(""), "", "  ");
            if (whatIf.changes().isEmpty()) {
                line("It changes nothing: every value is the assessment's.");
            } else {
                line("It changes (marked " + Mark.CHANGED.marker() + " below):");
                for (WhatIf.Change change : whatIf.changes()) {
                    wrap(change.sentence(), "  - ", "    ");
                }
            }
            line("#".repeat(WIDTH));
            blank();
        }

        private void blocks(List<Block> blocks, int depth, String indent) {
            for (Block block : blocks) {
                block(block, depth, indent);
            }
        }

        private void block(Block block, int depth, String indent) {
            if (block instanceof Block.Section s) {
                section(s, depth, indent);
            } else if (block instanceof Block.Paragraph p) {
                blankUnlessAfterHeading();
                wrap(inline(p.text()), indent, indent);
            } else if (block instanceof Block.BulletList l) {
                blankUnlessAfterHeading();
                list(l, depth, indent);
            } else if (block instanceof Block.Table t) {
                blankUnlessAfterHeading();
                table(t, indent);
            } else if (block instanceof Block.Note n) {
                blankUnlessAfterHeading();
                note(n, depth, indent);
            } else if (block instanceof Block.Details d) {
                blank();
                wrap(d.summary(), indent, indent);
                markHeading();
                blocks(d.blocks(), depth + 1, indent + "  ");
            } else if (block instanceof Block.Definitions d) {
                blankUnlessAfterHeading();
                for (Block.Definition definition : d.definitions()) {
                    wrap(definition.term() + ": " + inline(definition.meaning()), indent, indent + "    ");
                }
            } else if (block instanceof Block.CommandLine c) {
                blankUnlessAfterHeading();
                line(indent + "  " + c.command());
            }
            // A Block.Figure repeats what tables and paragraphs say; plain text leaves it out.
        }

        private void section(Block.Section section, int depth, String indent) {
            String heading = inline(section.heading());
            blank();
            if (depth == 1) {
                line("-".repeat(WIDTH));
                wrap(heading, "", "");
            } else {
                wrap(heading, indent, indent);
            }
            markHeading();
            blocks(section.blocks(), depth + 1, depth == 1 ? "" : indent + "  ");
        }

        private void list(Block.BulletList list, int depth, String indent) {
            for (Block.Item item : list.items()) {
                wrap(inline(item.text()), indent + "- ", indent + "  ");
                for (Block child : item.children()) {
                    if (child instanceof Block.BulletList nested) {
                        list(nested, depth, indent + "  ");
                    } else {
                        afterHeading = true;
                        block(child, depth, indent + "  ");
                    }
                }
            }
        }

        private void note(Block.Note note, int depth, String indent) {
            String lead = note.kind() == Block.NoteKind.WARNING ? "Warning: " : "Note: ";
            boolean first = true;
            for (Block block : note.blocks()) {
                if (first && block instanceof Block.Paragraph p) {
                    wrap(lead + inline(p.text()), indent, indent + "  ");
                } else {
                    if (first) {
                        line(indent + lead.strip());
                        markHeading();
                    }
                    block(block, depth, indent + "  ");
                }
                first = false;
            }
        }

        /**
         * Columns as wide as their widest cell, narrowed to fit the page by wrapping cells between words: no
         * column is ever narrower than its longest word, so a header like {@code great-power-endorsement} stays
         * whole (a table whose longest words alone are wider than the page runs past it rather than cut one).
         */
        private void table(Block.Table table, String indent) {
            if (!table.caption().isEmpty()) {
                wrap(table.caption(), indent, indent);
            }
            int columns = table.columns().size();
            List<List<String>> rows = new ArrayList<>();
            rows.add(table.columns().stream().map(Block.Column::heading).toList());
            for (Block.Row row : table.rows()) {
                rows.add(row.cells().stream().map(TextBackend::cell).toList());
            }
            int[] natural = new int[columns];
            int[] longestWord = new int[columns];
            for (List<String> row : rows) {
                for (int c = 0; c < columns; c++) {
                    natural[c] = Math.max(natural[c], row.get(c).length());
                    for (String word : row.get(c).split("\\s+")) {
                        for (String part : WrappedText.parts(word)) { // long words may break after a hyphen
                            longestWord[c] = Math.max(longestWord[c], part.length());
                        }
                    }
                }
            }
            int[] width = fit(natural, longestWord, WIDTH - indent.length() - 2 * (columns - 1));
            for (int r = 0; r < rows.size(); r++) {
                row(rows.get(r), width, indent, table.columns());
                if (r == 0) {
                    List<String> rule = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        rule.add("-".repeat(width[c]));
                    }
                    row(rule, width, indent, table.columns());
                }
            }
        }

        /** Shrinks the widest columns until the table fits, never below a column's longest word. */
        private static int[] fit(int[] natural, int[] longestWord, int room) {
            int[] width = natural.clone();
            while (sum(width) > room) {
                int widest = -1;
                for (int c = 0; c < width.length; c++) {
                    if (width[c] > longestWord[c] && (widest < 0 || width[c] > width[widest])) {
                        widest = c;
                    }
                }
                if (widest < 0) {
                    break;
                }
                width[widest]--;
            }
            return width;
        }

        private static int sum(int[] values) {
            int total = 0;
            for (int value : values) {
                total += value;
            }
            return total;
        }

        private void row(List<String> cells, int[] width, String indent, List<Block.Column> columns) {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < cells.size(); c++) {
                List<String> lines = cells.get(c).isEmpty() ? List.of("")
                        : WrappedText.wrap(cells.get(c), width[c], "", "");
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            for (int l = 0; l < height; l++) {
                StringBuilder text = new StringBuilder(indent);
                for (int c = 0; c < cells.size(); c++) {
                    String part = l < wrapped.get(c).size() ? wrapped.get(c).get(l) : "";
                    String pad = " ".repeat(Math.max(0, width[c] - part.length()));
                    text.append(columns.get(c).numeric() ? pad + part : part + pad);
                    if (c < cells.size() - 1) {
                        text.append("  ");
                    }
                }
                line(text.toString().stripTrailing());
            }
        }

        private boolean afterHeading = true;

        private void markHeading() {
            afterHeading = true;
        }

        private void blankUnlessAfterHeading() {
            if (!afterHeading) {
                blank();
            }
        }

        private void wrap(String text, String first, String rest) {
            for (String wrapped : WrappedText.wrap(text, WIDTH, first, rest)) {
                line(wrapped);
            }
        }

        private void line(String text) {
            out.append(text).append('\n');
            afterHeading = false;
        }

        private void blank() {
            // the last two characters only: copying the whole page per blank line made long reports quadratic
            int n = out.length();
            if (n > 0 && !(n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n')) {
                out.append('\n');
            }
        }
    }

    private static String cell(Block.Cell cell) {
        String text = inline(cell.text());
        if (cell.marks().contains(Mark.CHANGED) && !text.endsWith(Mark.CHANGED.marker())) {
            text += Mark.CHANGED.marker();
        }
        if (cell.marks().contains(Mark.BLOCKING)) {
            text += Mark.BLOCKING.marker();
        }
        return text;
    }

    /** Inline text as plain words: marks become their markers, links keep their target when it is outside. */
    static String inline(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            if (span instanceof Span.Marked m) {
                out.append(m.text()).append(m.mark().marker());
            } else if (span instanceof Span.Link l) {
                out.append(l.target().startsWith("#") || l.target().equals(l.text())
                        ? l.text() : l.text() + " (" + l.target() + ")");
            } else {
                out.append(span.text());
            }
        }
        return out.toString();
    }
}
