package org.cyberarms.advisor.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats an answer can be printed in, each with the file extensions that ask for it. */
public enum Format {
    /** Plain text wrapped at 100 columns for a terminal; no colour codes. */
    TEXT("text", "txt"),
    /** CommonMark, for a repository or a wiki. */
    MARKDOWN("markdown", "md", "markdown"),
    /** One self-contained HTML page: inline CSS and SVG, no script, no network. */
    HTML("html", "html", "htm"),
    /** Pretty-printed JSON following the answer's schema in {@code docs/}. */
    JSON("json", "json"),
    /** RFC 4180 CSV in UTF-8, one row per table row, for a spreadsheet. */
    CSV("csv", "csv");

    private final String word;
    private final List<String> extensions;

    Format(String word, String... extensions) {
        this.word = word;
        this.extensions = List.of(extensions);
    }

    /** The word a user types after {@code --format}. */
    public String word() {
        return word;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a file name's extension asks for ({@code report.html} -> HTML), if it names one. */
    public static Optional<Format> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** The format a user typed, in any case ({@code html}, {@code Markdown}). */
    public static Optional<Format> ofWord(String word) {
        return Arrays.stream(values()).filter(f -> f.word.equalsIgnoreCase(word.strip())).findFirst();
    }

    @Override
    public String toString() {
        return word;
    }
}
