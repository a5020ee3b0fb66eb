package org.cyberarms.advisor.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML page: inline CSS and SVG, no script, no network (a content security policy says
 * so), printable on A4. Every text is escaped here, in one place ({@link #escape}); only figures' SVG, which
 * the advisor draws itself, is placed as it is. Sections nest as {@code h2}, {@code h3}... so that no page
 * skips a heading level; details are {@code <details>} elements, which open without script.
 */
final class HtmlBackend implements Backend {

    private static final String STYLE = resource("style.css");

    @Override
    public String render(Document document) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                        + " style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<title>").append(document.whatIf().isPresent() ? "WHAT-IF: " : "")
                .append(escape(document.title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        document.whatIf().ifPresent(w -> banner(w, out));
        out.append("<main>\n<h1>").append(escape(document.title())).append("</h1>\n");
        blocks(document.blocks(), 2, out);
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void banner(WhatIf whatIf, StringBuilder out) {
        out.append("<header class=\"whatif-banner\" role=\"banner\">\n<p class=\"whatif-headline\"><strong>")
                .append(escape(WhatIf.HEADLINE)).append("</strong></p>\n<p>Scenario: <strong>")
                .append(escape(whatIf.name())).append("</strong>");
        whatIf.description().ifPresent(d -> out.append(" — ").append(escape(d)));
        out.append("</p>\n");
        if (whatIf.changes().isEmpty()) {
            out.append("<p>It changes nothing: every value is the assessment's.</p>\n");
        } else {
            out.append("<p>It changes (outlined below):</p>\n<ul>\n");
            for (WhatIf.Change change : whatIf.changes()) {
                out.append("<li>").append(escape(change.sentence())).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("</header>\n");
    }

    private static void blocks(List<Block> blocks, int level, StringBuilder out) {
        for (Block block : blocks) {
            block(block, level, out);
        }
    }

    private static void block(Block block, int level, StringBuilder out) {
        if (block instanceof Block.Section s) {
            int h = Math.min(6, level);
            out.append("<section");
            if (!s.anchor().isEmpty()) {
                out.append(" id=\"").append(escape(s.anchor())).append('"');
            }
            out.append(">\n<h").append(h).append('>').append(inline(s.heading())).append("</h").append(h)
                    .append(">\n");
            blocks(s.blocks(), level + 1, out);
            out.append("</section>\n");
        } else if (block instanceof Block.Paragraph p) {
            out.append("<p>").append(inline(p.text())).append("</p>\n");
        } else if (block instanceof Block.BulletList l) {
            out.append("<ul>\n");
            for (Block.Item item : l.items()) {
                out.append("<li>").append(inline(item.text()));
                if (!item.children().isEmpty()) {
                    out.append('\n');
                    blocks(item.children(), level, out);
                }
                out.append("</li>\n");
            }
            out.append("</ul>\n");
        } else if (block instanceof Block.Table t) {
            table(t, out);
        } else if (block instanceof Block.Note n) {
            out.append("<aside class=\"note ").append(n.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append("\" aria-label=\"").append(n.kind() == Block.NoteKind.WARNING ? "Warning" : "Note")
                    .append("\">\n");
            blocks(n.blocks(), level, out);
            out.append("</aside>\n");
        } else if (block instanceof Block.Details d) {
            out.append("<details>\n<summary>").append(escape(d.summary())).append("</summary>\n");
            blocks(d.blocks(), level, out);
            out.append("</details>\n");
        } else if (block instanceof Block.Definitions d) {
            out.append("<dl>\n");
            for (Block.Definition definition : d.definitions()) {
                out.append("<dt>").append(escape(definition.term())).append("</dt>\n<dd>")
                        .append(inline(definition.meaning())).append("</dd>\n");
            }
            out.append("</dl>\n");
        } else if (block instanceof Block.Figure f) {
            out.append("<figure role=\"img\" aria-label=\"").append(escape(f.description())).append("\">\n")
                    .append(f.svg()).append("\n</figure>\n");
        } else if (block instanceof Block.CommandLine c) {
            out.append("<pre><code>").append(escape(c.command())).append("</code></pre>\n");
        }
    }

    private static void table(Block.Table table, StringBuilder out) {
        out.append("<table>\n");
        if (!table.caption().isEmpty()) {
            out.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        out.append("<thead>\n<tr>");
        for (Block.Column column : table.columns()) {
            out.append("<th scope=\"col\">").append(escape(column.heading())).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Block.Row row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.cells().size(); c++) {
                Block.Cell cell = row.cells().get(c);
                boolean header = c == 0 && table.rowHeaders();
                out.append(header ? "<th scope=\"row\"" : "<td");
                String classes = cellClasses(cell, table.columns().get(c));
                if (!classes.isEmpty()) {
                    out.append(" class=\"").append(classes).append('"');
                }
                cell.shade().filter(s -> !cell.marks().contains(Mark.MUTED)).ifPresent(s -> {
                    SequentialPalette.Swatch swatch = SequentialPalette.of(s.rank(), s.steps());
                    out.append(" style=\"background:").append(swatch.fill()).append(";color:").append(swatch.ink())
                            .append('"');
                });
                out.append('>').append(inline(cell.text()));
                for (Mark mark : Mark.values()) {
                    if (cell.marks().contains(mark) && mark != Mark.MUTED) {
                        out.append("<span class=\"visually-hidden\"> (").append(escape(mark.meaning()))
                                .append(")</span>");
                    }
                }
                out.append(header ? "</th>" : "</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static String cellClasses(Block.Cell cell, Block.Column column) {
        StringBuilder classes = new StringBuilder(column.numeric() ? "number" : "");
        for (Mark mark : Mark.values()) {
            if (cell.marks().contains(mark)) {
                classes.append(classes.length() == 0 ? "" : " ").append(mark.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return classes.toString();
    }

    static String inline(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            if (span instanceof Span.Strong s) {
                out.append("<strong>").append(escape(s.text())).append("</strong>");
            } else if (span instanceof Span.Code c) {
                out.append("<code>").append(escape(c.text())).append("</code>");
            } else if (span instanceof Span.Marked m) {
                out.append("<mark class=\"").append(m.mark().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                        .append(escape(m.text())).append("<span class=\"visually-hidden\"> (")
                        .append(escape(m.mark().meaning())).append(")</span></mark>");
            } else if (span instanceof Span.Link l) {
                out.append("<a href=\"").append(escape(l.target())).append("\">").append(escape(l.text()))
                        .append("</a>");
            } else {
                out.append(escape(span.text()));
            }
        }
        return out.toString();
    }

    /** Text as HTML character data or an attribute value: the five markup characters become references. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlBackend.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
