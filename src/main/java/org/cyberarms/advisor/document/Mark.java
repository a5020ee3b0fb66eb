package org.cyberarms.advisor.document;

/**
 * What a reader must not miss about a piece of text or a table cell. Every backend shows each mark in its
 * own way, and never by colour alone: plain text and Markdown add the {@link #marker() marker}, HTML an
 * outline or muted style plus words for screen readers.
 */
public enum Mark {
    /** A value a what-if set: it differs from the assessment. */
    CHANGED("*", "changed by this what-if"),
    /** A value that holds an element below the next level. */
    BLOCKING("!", "holds it down"),
    /** A value that does not matter here (e.g. a dimension the element does not need). */
    MUTED("", "not needed");

    private final String marker;
    private final String meaning;

    Mark(String marker, String meaning) {
        this.marker = marker;
        this.meaning = meaning;
    }

    /** Appended to the text in text and Markdown ({@code partial*}); empty when the words say it already. */
    public String marker() {
        return marker;
    }

    /** The mark in words, for a legend and for screen readers. */
    public String meaning() {
        return meaning;
    }
}
