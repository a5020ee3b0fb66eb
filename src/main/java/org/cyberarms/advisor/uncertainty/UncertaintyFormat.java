package org.cyberarms.advisor.uncertainty;

/** The layouts an {@link UncertaintyResult} can be rendered in; all say the same things. */
public enum UncertaintyFormat {
    /** Plain text for a terminal. */
    TEXT,
    /** CommonMark tables, for review in a repository or a wiki. */
    MARKDOWN,
    /** Pretty-printed JSON ({@code "schema": "advisor-uncertainty/1"}). */
    JSON
}
