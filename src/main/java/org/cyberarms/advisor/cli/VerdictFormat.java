package org.cyberarms.advisor.cli;

import org.cyberarms.advisor.document.Format;

/**
 * The formats of the answers that gate a change ({@code check}, {@code test}): no CSV, since they are not one
 * table, so picocli refuses {@code --format csv} when the command line is parsed.
 */
enum VerdictFormat {
    TEXT(Format.TEXT), MARKDOWN(Format.MARKDOWN), HTML(Format.HTML), JSON(Format.JSON);

    private final Format format;

    VerdictFormat(Format format) {
        this.format = format;
    }

    Format format() {
        return format;
    }
}
