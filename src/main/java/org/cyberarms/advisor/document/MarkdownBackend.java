package org.cyberarms.advisor.document;

import java.util.List;

/**
 * CommonMark (with pipe tables) for a repository or a wiki. Text from input files always reads as the
 * literal words the analyst wrote ({@link MarkdownText}); marks become their markers; commands are fenced
 * code blocks, never wrapped.
 */
final class MarkdownBackend implements Backend {

    @Override
    public String render(Document document) {
        StringBuilder out = new StringBuilder();
        document.whatIf().ifPresent(w -> banner(w, out));
        out.append("# ").append(MarkdownText.escape(document.title())).append("\n");
        blocks(document.blocks(), 2, "", out);
        return out.toString().stripTrailing() + "\n";
    }

    private static void banner(WhatIf whatIf, StringBuilder out) {
        out.append("> **").append(WhatIf.HEADLINE).append("**\n>\n");
        out.append("> Scenario: ").append(MarkdownText.escape(whatIf.name()));
        whatIf.description().ifPresent(d -> out.append(" — ").append(MarkdownText.escape(d)));
        out.append("\n>\n");
        if (whatIf.changes().isEmpty()) {
            out.append("> It changes nothing: every value is the assessment's.\n\n");
            return;
        }
        out.append("> It changes (marked ").append(MarkdownText.escape(Mark.CHANGED.marker())).append(" below):\n>\n");
        for (WhatIf.Change change : whatIf.changes()) {
            out.append("> - ").append(MarkdownText.escape(change.sentence())).append("\n");
        }
        out.append("\n");
    }

    private static void blocks(List<Block> blocks, int level, String indent, StringBuilder out) {
        for (Block block : blocks) {
            block(block, level, indent, out);
        }
    }

    private static void block(Block block, int level, String indent, StringBuilder out) {
        if (block instanceof Block.Section s) {
            out.append("\n").append("#".repeat(Math.min(6, level))).append(' ');
            if (!s.anchor().isEmpty()) {
                out.append("<a id=\"").append(s.anchor().replaceAll("[^A-Za-z0-9_-]", "")).append("\"></a>");
            }
            out.append(inline(s.heading())).append("\n");
            blocks(s.blocks(), level + 1, indent, out);
        } else if (block instanceof Block.Paragraph p) {
            out.append("\n").append(indent).append(inline(p.text())).append("\n");
        } else if (block instanceof Block.BulletList l) {
            out.append("\n");
            list(l, level, indent, out);
        } else if (block instanceof Block.Table t) {
            table(t, indent, out);
        } else if (block instanceof Block.Note n) {
            note(n, level, indent, out);
        } else if (block instanceof Block.Details d) {
            // The summary is bold text, not a heading: sections inside keep the level, as in HTML.
            out.append("\n").append(indent).append("**").append(MarkdownText.escape(d.summary())).append("**\n");
            blocks(d.blocks(), level, indent, out);
        } else if (block instanceof Block.Definitions d) {
            out.append("\n");
            for (Block.Definition definition : d.definitions()) {
                out.append(indent).append("- **").append(MarkdownText.escape(definition.term())).append("**: ")
                        .append(inline(definition.meaning())).append("\n");
            }
        } else if (block instanceof Block.CommandLine c) {
            String fence = MarkdownText.fenceFor(c.command());
            out.append("\n").append(indent).append(fence).append("sh\n").append(indent).append(c.command())
                    .append("\n").append(indent).append(fence).append("\n");
        }
        // A Block.Figure repeats what tables and paragraphs say; Markdown leaves it out.
    }

    /**
     * A block quote that says its kind in words: before the first paragraph ("**Warning:** ..."), or on a line
     * of its own when the note opens with a table or a list, whose first line must stay what it is.
     */
    private static void note(Block.Note note, int level, String indent, StringBuilder out) {
        String kind = note.kind() == Block.NoteKind.WARNING ? "Warning" : "Note";
        StringBuilder body = new StringBuilder();
        List<Block> blocks = note.blocks();
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
            body.append("**").append(kind).append(":** ").append(inline(first.text())).append("\n");
            blocks = blocks.subList(1, blocks.size());
        } else {
            body.append("**").append(kind).append("**\n");
        }
        blocks(blocks, level, "", body);
        out.append("\n");
        for (String line : body.toString().strip().split("\n", -1)) {
            out.append(indent).append(line.isEmpty() ? ">" : "> " + line).append("\n");
        }
    }

    private static void list(Block.BulletList list, int level, String indent, StringBuilder out) {
        for (Block.Item item : list.items()) {
            out.append(indent).append("- ").append(inline(item.text())).append("\n");
            for (Block child : item.children()) {
                if (child instanceof Block.BulletList nested) {
                    list(nested, level, indent + "  ", out);
                } else {
                    block(child, level, indent + "  ", out);
                }
            }
        }
    }

    private static void table(Block.Table table, String indent, StringBuilder out) {
        if (!table.caption().isEmpty()) {
            out.append("\n").append(indent).append('*').append(MarkdownText.escape(table.caption())).append("*\n");
        }
        out.append("\n").append(indent).append('|');
        for (Block.Column column : table.columns()) {
            out.append(' ').append(MarkdownText.escape(column.heading())).append(" |");
        }
        out.append("\n").append(indent).append('|');
        for (Block.Column column : table.columns()) {
            out.append(column.numeric() ? " ---: |" : " --- |");
        }
        out.append("\n");
        for (Block.Row row : table.rows()) {
            out.append(indent).append('|');
            for (Block.Cell cell : row.cells()) {
                out.append(' ').append(cell(cell)).append(" |");
            }
            out.append("\n");
        }
    }

    private static String cell(Block.Cell cell) {
        String text = inline(cell.text(), true);
        if (cell.marks().contains(Mark.BLOCKING)) {
            text = "**" + text + "**" + MarkdownText.escape(Mark.BLOCKING.marker());
        }
        if (cell.marks().contains(Mark.CHANGED)) {
            text += MarkdownText.escape(Mark.CHANGED.marker());
        }
        return text.isEmpty() ? " " : text;
    }

    static String inline(Text text) {
        return inline(text, false);
    }

    /**
     * @param inTable a pipe ends a table cell even inside a code span, so there it is escaped too (GFM reads
     *                {@code \|} as {@code |} in code spans of a table)
     */
    static String inline(Text text, boolean inTable) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            if (span.text().isEmpty()) {
                continue;
            }
            // escaping strips a span's own edges; the spaces between spans are kept outside its markup
            if (span.text().isBlank()) {
                out.append(' ');
                continue;
            }
            if (Character.isWhitespace(span.text().charAt(0))) {
                out.append(' ');
            }
            if (span instanceof Span.Strong s) {
                strong(s.text(), out);
            } else if (span instanceof Span.Code c) {
                String code = MarkdownText.code(c.text());
                out.append(inTable ? code.replace("|", "\\|") : code);
            } else if (span instanceof Span.Marked m) {
                out.append(MarkdownText.escape(m.text())).append(MarkdownText.escape(m.mark().marker()));
            } else if (span instanceof Span.Link l) {
                out.append('[').append(MarkdownText.escape(l.text())).append("](")
                        .append(l.target().strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
                                .replace("|", "%7C").replace("<", "%3C").replace(">", "%3E"))
                        .append(')');
            } else {
                out.append(MarkdownText.escape(span.text()));
            }
            if (!span.text().isBlank() && Character.isWhitespace(span.text().charAt(span.text().length() - 1))) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** {@code **words**}, with any space at its ends kept outside: {@code ** words**} would not be emphasis. */
    private static void strong(String text, StringBuilder out) {
        String words = text.strip();
        if (words.isEmpty()) {
            out.append(text);
            return;
        }
        int start = text.indexOf(words);
        out.append(text, 0, start).append("**").append(MarkdownText.escape(words)).append("**")
                .append(text.substring(start + words.length()));
    }
}
