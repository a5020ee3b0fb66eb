package org.cyberarms.advisor.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page: inline CSS and SVG, no script, no network (a content security policy says
 * so), printable on A4. Every text is escaped here, in one place ({@link #escape}); only figures' SVG, which
 * the advisor draws itself, is placed as it is.
 *
 * <p>Accessible by construction, and checked so by the W3C Nu HTML Checker and axe-core ({@code .ci/check-html}):
 * <ul>
 * <li>the title is the only {@code h1}; sections nest as {@code h2}, {@code h3}... (a note, a list item or
 *     {@code <details>} adds no level), so no page skips a heading level;</li>
 * <li>a what-if's banner comes before the title, on the first screen;</li>
 * <li>tables have their caption and {@code th} cells with {@code scope};</li>
 * <li>no mark is shown by colour alone: a changed value has a dashed outline, a blocking one a solid outline,
 *     and both say their meaning in words to screen readers; a muted cell is light grey with dark enough text;</li>
 * <li>details are {@code <details>}/{@code <summary>}, which open without script; a figure's description is
 *     its caption, which names it for screen readers.</li>
 * </ul>
 */
final class HtmlBackend implements Backend {

    private static final String STYLE = resource("style.css");
    /** The scheme of a URL ({@code https:}, {@code javascript:}); a relative path or {@code #anchor} has none. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    /** Browsers drop these inside a URL, so {@code java\tscript:} would still run as {@code javascript:}. */
    private static final Pattern IGNORED_IN_URLS = Pattern.compile("[\\x00-\\x20\\x7f]");

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

    /** A {@code header} at the top of the body, before the title: the page's banner landmark. */
    private static void banner(WhatIf whatIf, StringBuilder out) {
        out.append("<header class=\"whatif-banner\">\n<p class=\"whatif-headline\"><strong>")
                .append(escape(WhatIf.HEADLINE)).append("</strong></p>\n<p>Scenario: <strong>")
                .append(escape(whatIf.name())).append("</strong>");
        whatIf.description().ifPresent(d -> out.append(" — ").append(escape(d)));
        out.append("</p>\n");
        if (whatIf.changes().isEmpty()) {
            out.append("<p>It changes nothing: every value is the assessment's.</p>\n");
        } else {
            out.append("<p>It changes (each changed value below has a dashed outline):</p>\n<ul>\n");
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
            section(s, level, out);
        } else if (block instanceof Block.Paragraph p) {
            out.append("<p>").append(inline(p.text())).append("</p>\n");
        } else if (block instanceof Block.BulletList l) {
            list(l, level, out);
        } else if (block instanceof Block.Table t) {
            table(t, out);
        } else if (block instanceof Block.Note n) {
            note(n, level, out);
        } else if (block instanceof Block.Details d) {
            out.append("<details>\n<summary>").append(escape(d.summary())).append("</summary>\n");
            blocks(d.blocks(), level, out);
            out.append("</details>\n");
        } else if (block instanceof Block.Definitions d) {
            if (d.definitions().isEmpty()) {
                return;
            }
            out.append("<dl>\n");
            for (Block.Definition definition : d.definitions()) {
                out.append("<dt>").append(escape(definition.term())).append("</dt>\n<dd>")
                        .append(inline(definition.meaning())).append("</dd>\n");
            }
            out.append("</dl>\n");
        } else if (block instanceof Block.Figure f) {
            // The description is the figure's visible caption, which also names it for assistive technology;
            // the drawing's own labels are hidden from it, since the caption says in words what it shows.
            String svg = f.svg().strip();
            out.append("<figure>\n<svg aria-hidden=\"true\" focusable=\"false\"").append(svg.substring("<svg".length()))
                    .append("\n<figcaption>").append(escape(f.description())).append("</figcaption>\n</figure>\n");
        } else if (block instanceof Block.CommandLine c) {
            // Never wrapped (the reader pastes it); a long command scrolls, so its box takes keyboard focus.
            out.append("<pre class=\"command\" tabindex=\"0\"><code>").append(escape(c.command()))
                    .append("</code></pre>\n");
        }
    }

    private static void section(Block.Section section, int level, StringBuilder out) {
        int h = Math.min(6, level);
        out.append("<section");
        String anchor = anchor(section.anchor());
        if (!anchor.isEmpty()) {
            out.append(" id=\"").append(anchor).append('"');
        }
        out.append(">\n<h").append(h).append('>').append(inline(section.heading())).append("</h").append(h)
                .append(">\n");
        blocks(section.blocks(), level + 1, out);
        out.append("</section>\n");
    }

    private static void list(Block.BulletList list, int level, StringBuilder out) {
        if (list.items().isEmpty()) {
            return;
        }
        out.append("<ul>\n");
        for (Block.Item item : list.items()) {
            out.append("<li>").append(inline(item.text()));
            if (!item.children().isEmpty()) {
                out.append('\n');
                blocks(item.children(), level, out);
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** A note says what it is in words ("Warning:"), not by its colour only. */
    private static void note(Block.Note note, int level, StringBuilder out) {
        String kind = note.kind() == Block.NoteKind.WARNING ? "Warning" : "Note";
        out.append("<div class=\"note ").append(note.kind().name().toLowerCase(Locale.ROOT))
                .append("\" role=\"note\">\n");
        List<Block> blocks = note.blocks();
        if (!blocks.isEmpty() && blocks.get(0) instanceof Block.Paragraph first) {
            out.append("<p><strong class=\"note-kind\">").append(kind).append(":</strong> ")
                    .append(inline(first.text())).append("</p>\n");
            blocks = blocks.subList(1, blocks.size());
        } else {
            out.append("<p><strong class=\"note-kind\">").append(kind).append("</strong></p>\n");
        }
        blocks(blocks, level, out);
        out.append("</div>\n");
    }

    private static void table(Block.Table table, StringBuilder out) {
        out.append("<table>\n");
        if (!table.caption().isEmpty()) {
            out.append("<caption>").append(escape(table.caption())).append("</caption>\n");
        }
        out.append("<thead>\n<tr>");
        for (Block.Column column : table.columns()) {
            out.append("<th scope=\"col\"").append(column.numeric() ? " class=\"number\"" : "").append('>')
                    .append(escape(column.heading())).append("</th>");
        }
        out.append("</tr>\n</thead>\n<tbody>\n");
        for (Block.Row row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.cells().size(); c++) {
                cell(row.cells().get(c), table.columns().get(c), c == 0 && table.rowHeaders(), out);
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void cell(Block.Cell cell, Block.Column column, boolean rowHeader, StringBuilder out) {
        out.append(rowHeader ? "<th scope=\"row\"" : "<td");
        String classes = cellClasses(cell, column);
        if (!classes.isEmpty()) {
            out.append(" class=\"").append(classes).append('"');
        }
        // A muted cell is grey whatever its shade: what the element does not need must not look like a low value.
        cell.shade().filter(s -> !cell.marks().contains(Mark.MUTED)).ifPresent(s -> {
            SequentialPalette.Swatch swatch = SequentialPalette.of(s.rank(), s.steps());
            out.append(" style=\"background:").append(swatch.fill()).append(";color:").append(swatch.ink())
                    .append('"');
        });
        out.append('>').append(inline(cell.text()));
        for (Mark mark : Mark.values()) {
            if (cell.marks().contains(mark) && !mark.marker().isEmpty()) {
                out.append(hiddenMeaning(mark));
            }
        }
        out.append(rowHeader ? "</th>" : "</td>");
    }

    private static String cellClasses(Block.Cell cell, Block.Column column) {
        StringBuilder classes = new StringBuilder(column.numeric() ? "number" : "");
        if (cell.shade().isPresent() && !cell.marks().contains(Mark.MUTED)) {
            classes.append(classes.length() == 0 ? "" : " ").append("shaded");
        }
        for (Mark mark : Mark.values()) {
            if (cell.marks().contains(mark)) {
                classes.append(classes.length() == 0 ? "" : " ").append(mark.name().toLowerCase(Locale.ROOT));
            }
        }
        return classes.toString();
    }

    /** The mark's meaning in words, read by screen readers; the outline shows it to the eye. */
    private static String hiddenMeaning(Mark mark) {
        return "<span class=\"visually-hidden\"> (" + escape(mark.meaning()) + ")</span>";
    }

    static String inline(Text text) {
        StringBuilder out = new StringBuilder();
        for (Span span : text.spans()) {
            if (span instanceof Span.Strong s) {
                out.append("<strong>").append(escape(s.text())).append("</strong>");
            } else if (span instanceof Span.Code c) {
                out.append("<code>").append(escape(c.text())).append("</code>");
            } else if (span instanceof Span.Marked m) {
                String name = m.mark().name().toLowerCase(Locale.ROOT);
                out.append("<mark class=\"").append(name).append("\">").append(escape(m.text()));
                if (!m.mark().marker().isEmpty()) {
                    out.append(hiddenMeaning(m.mark()));
                }
                out.append("</mark>");
            } else if (span instanceof Span.Link l) {
                link(l, out);
            } else {
                out.append(escape(span.text()));
            }
        }
        return out.toString();
    }

    /**
     * A link to the web, a section or a relative path; any other scheme ({@code javascript:}, {@code data:})
     * is shown as text with its target, never made a link: link targets can come from input files.
     */
    private static void link(Span.Link link, StringBuilder out) {
        String target = link.target().strip();
        if (safeLinkTarget(target)) {
            out.append("<a href=\"").append(escape(target)).append("\">").append(escape(link.text()))
                    .append("</a>");
        } else if (target.equals(link.text()) || target.isEmpty()) {
            out.append(escape(link.text()));
        } else {
            out.append(escape(link.text())).append(" (<code>").append(escape(target)).append("</code>)");
        }
    }

    static boolean safeLinkTarget(String target) {
        if (target.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher scheme = SCHEME.matcher(IGNORED_IN_URLS.matcher(target).replaceAll(""));
        return !scheme.find() || List.of("http", "https", "mailto").contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    /** An id attribute's value: letters, digits, {@code -} and {@code _} only (no space, no markup). */
    static String anchor(String anchor) {
        return anchor.replaceAll("[^A-Za-z0-9_-]", "");
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
