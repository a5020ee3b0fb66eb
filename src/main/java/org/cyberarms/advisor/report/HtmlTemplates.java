package org.cyberarms.advisor.report;

import java.io.StringWriter;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * The one home of the HTML layout: templates live in {@code src/main/resources/org/cyberarms/advisor/report/html/}
 * and ship in the jar. {@code layout.mustache} is the page every HTML output shares (head, the content
 * security policy that forbids scripts and network access, the inline stylesheet {@code style.mustache}); a
 * page template extends it with {@code {{<layout}}} and fills its {@code title} and {@code main} blocks.
 * A new HTML output (what-if, explain) adds a template of its own and renders it here.
 *
 * <p>Mustache escapes every {@code {{value}}} for HTML; templates never use the unescaped forms, and a test
 * keeps it that way.
 */
final class HtmlTemplates {

    static final String ROOT = "org/cyberarms/advisor/report/html";

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory(ROOT);

    private HtmlTemplates() {}

    /** Renders {@code <name>.mustache} with {@code page} as its scope. */
    static String render(String name, Object page) {
        StringWriter out = new StringWriter();
        FACTORY.compile(name + ".mustache").execute(out, page);
        String html = out.toString();
        return html.endsWith("\n") ? html : html + "\n";
    }
}
