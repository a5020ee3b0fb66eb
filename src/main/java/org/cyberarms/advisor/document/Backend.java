package org.cyberarms.advisor.document;

/**
 * Prints a {@link Document} in one {@link Format}. Backends arrange; they decide nothing and add nothing,
 * so every format tells the same story.
 */
public interface Backend {

    /** The whole document, ending with a line break; the same document always gives the same text. */
    String render(Document document);

    static Backend of(Format format) {
        return switch (format) {
            case TEXT -> new TextBackend();
            case MARKDOWN -> new MarkdownBackend();
            case HTML -> new HtmlBackend();
            case JSON -> new JsonBackend();
            case CSV -> new CsvBackend();
        };
    }
}
