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
            String lead = n.kind() == Block.NoteKind.WARNING ? "**Warning:** " : "**Note:** ";
            out.append("\n");
            boolean first = true;
            for (Block inner : n.blocks()) {
                StringBuilder part = new StringBuilder();
                block(inner, level, "", part);
                for (String line : part.toString().strip().split("\n", -1)) {
                    out.append(indent).append(line.isEmpty() ? ">" : "> " + (first ? lead : "") + line).append("\n");
                    first = false;
                }
            }
        } else if (block instanceof Block.Details d) {
            out.append("\n").append(indent).append("**").append(MarkdownText.escape(d.summary())).append("**\n");
            blocks(d.blocks(), level + 1, indent, out);
        } else if (block instanceof Block.Definitions d) {
            out.append("\n");
            for (Block.Definition definition : d.definitions()) {
                out.append(indent).append("- **").append(MarkdownText.escape(definition.term())).append("**: ")
                        .append(inline(definition.meaning())).append("\n");
            }
        } else if (block instanceof Block.CommandLine c) {
            out.append("\n").append(indent).append("```sh\n").append(indent).append(c.command()).append("\n")
                    .append(indent).append("```\n");
        }
        // A Block.Figure repeats what tables and paragraphs say; Markdown leaves it out.
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
        String text = inline(cell.text());
        if (cell.marks().contains(Mark.BLOCKING)) {
            text = "**" + text + "**" + MarkdownText.escape(Mark.BLOCKING.marker());
        }
        if (cell.marks().contains(Mark.CHANGED)) {
            text += MarkdownText.escape(Mark.CHANGED.marker());
        }
        return text.isEmpty() ? " " : text;
    }

    static String inline(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            if (span.text().isEmpty()) {
                continue;
            }
            if (span instanceof Span.Strong s) {
                out.append("**").append(MarkdownText.escape(s.text())).append("**");
            } else if (span instanceof Span.Code c) {
                out.append(MarkdownText.code(c.text()));
            } else if (span instanceof Span.Marked m) {
                out.append(MarkdownText.escape(m.text())).append(MarkdownText.escape(m.mark().marker()));
            } else if (span instanceof Span.Link l) {
                out.append('[').append(MarkdownText.escape(l.text())).append("](")
                        .append(l.target().replace(" ", "%20").replace(")", "%29")).append(')');
            } else {
                // escape() strips its text; the spaces between this span and its neighbours are kept
                String plain = span.text();
                out.append(Character.isWhitespace(plain.charAt(0)) ? " " : "").append(MarkdownText.escape(plain))
                        .append(plain.length() > 1 && Character.isWhitespace(plain.charAt(plain.length() - 1)) ? " " : "");
            }
        }
        return out.toString();
    }
}
